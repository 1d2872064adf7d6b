using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class LexicalThemeEngineTests
{
    private static readonly Guid Transport = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Waiting = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Peers = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private readonly LexicalThemeEngine engine = new();

    private static IReadOnlyList<ThemeExamples> Themes() =>
    [
        new(Transport, "Getting there", "Buses and taxis to appointments", ["the bus never comes on time", "taxi to the clinic costs too much"]),
        new(Waiting, "Waiting lists", "Months waiting for an assessment", ["waited two years for my autism assessment", "the waiting list for CAMHS is huge"]),
        new(Peers, "Peer support", "People with lived experience supporting each other", ["peer support group helped me most", "talking to other parents who get it"]),
    ];

    [Theory]
    [InlineData("my son has been on the waiting list for an assessment since march", 2)]
    [InlineData("no buses after 6pm so I can't get to the evening clinic", 1)]
    [InlineData("the parents group is where I found real support", 3)]
    public async Task Suggest_PutsTheThemeSharingItsWordsFirst(string text, int expected)
    {
        var index = await engine.IndexAsync(Themes());

        var suggestions = await index.SuggestAsync(text, 3);

        Assert.Equal(Guid.Parse($"00000000-0000-0000-0000-{expected:D12}"), suggestions[0].ThemeId);
    }

    [Fact]
    public async Task Suggest_TheSameDataTwice_GivesTheSameAnswer()
    {
        var first = await (await engine.IndexAsync(Themes())).SuggestAsync("waiting for the bus and the assessment", 3);
        var second = await (await engine.IndexAsync(Themes())).SuggestAsync("waiting for the bus and the assessment", 3);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("👍👍")]
    [InlineData("")]
    [InlineData("Diolch yn fawr")]
    [InlineData("https://example.org/resource")]
    public async Task Suggest_TextWithNoWordsInCommon_SuggestsNothingAndDoesNotFail(string text)
    {
        var suggestions = await (await engine.IndexAsync(Themes())).SuggestAsync(text, 3);

        Assert.Empty(suggestions);
    }

    [Fact]
    public async Task Suggest_TakesAtMostTheNumberAskedFor()
    {
        var suggestions = await (await engine.IndexAsync(Themes())).SuggestAsync("waiting for peer support on the bus", 2);

        Assert.Equal(2, suggestions.Count);
    }

    [Fact]
    public async Task Group_PutsSimilarContributionsTogether_AndLeavesLonersOut()
    {
        var ids = Enumerable.Range(1, 5).Select(i => Guid.Parse($"10000000-0000-0000-0000-{i:D12}")).ToList();
        TextToGroup[] texts =
        [
            new(ids[0], "waiting list for assessment is too long"),
            new(ids[1], "the bus timetable does not fit clinic times"),
            new(ids[2], "two years on the waiting list for an assessment"),
            new(ids[3], "the assessment waiting list keeps growing"),
            new(ids[4], "lovely cake at the break 🎂"),
        ];

        var groups = await engine.GroupAsync(texts);

        var group = Assert.Single(groups);
        Assert.Equal([ids[0], ids[2], ids[3]], group.Members);
        Assert.Contains("Waiting", group.Title, StringComparison.OrdinalIgnoreCase);
    }
}
