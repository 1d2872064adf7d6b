using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class EmbeddingsClientTests
{
    [Theory]
    [InlineData("write to sam.jones@example.org about it", "write to (email address) about it")]
    [InlineData("<jo+cop@nhs.net>, or ring me", "<(email address)>, or ring me")]
    [InlineData("we meet @ the library, 2pm", "we meet @ the library, 2pm")]
    [InlineData("  no address here  ", "no address here")]
    public void Sendable_EmailAddressesInTheWords_AreLeftOut(string text, string sent) =>
        Assert.Equal(sent, EmbeddingsClient.Sendable(text));

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("https://embeddings.example.nhs.uk/v1", "text-embedding-3-small", "the Trust's data team", null)]
    [InlineData("embeddings.example.nhs.uk", "m", "us", "Themes:Embeddings:Endpoint must be a full web address")]
    [InlineData("ftp://embeddings.example.nhs.uk", "m", "us", "Themes:Embeddings:Endpoint must be a full web address")]
    [InlineData("https://embeddings.example.nhs.uk/v1", null, "us", "Themes:Embeddings:Model must say")]
    [InlineData("https://embeddings.example.nhs.uk/v1", "m", " ", "Themes:Embeddings:RunBy must say")]
    public void Problem_NamesTheSettingThatIsMissingOrWrong(string? endpoint, string? model, string? runBy, string? problem)
    {
        var found = new EmbeddingsOptions { Endpoint = endpoint, Model = model, RunBy = runBy }.Problem();

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.StartsWith(problem, found, StringComparison.Ordinal);
        }
    }
}
