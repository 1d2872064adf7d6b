using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Resources;

namespace Roundtable.Web.Tests.Api;

// The resources through the API: the same rules and words as the pages, by personal token.
[Collection(SharedApps.Api)]
public class ResourcesApiTests(RoundtableApp app)
{
    private async Task<(Community Community, HttpClient Adder, HttpClient Other)> MembersAsync()
    {
        var community = await app.CreateCommunityAsync();
        var adder = await app.CreatePersonAsync("Ada Adder");
        var other = await app.CreatePersonAsync("Oli Other");
        await app.JoinAsync(community, adder);
        await app.JoinAsync(community, other);
        return (community, await app.ApiClientForAsync(adder), await app.ApiClientForAsync(other));
    }

    [Fact]
    public async Task Post_LinkWithAJavascriptAddressOrAFileThatLies_Is400WithTheFormsWords()
    {
        var (community, adder, _) = await MembersAsync();
        var path = $"/api/v1/communities/{community.Slug}/resources";

        var (link, linkProblem) = await adder.PostJsonAsync(path, new { kind = "Link", title = "Tool", url = "javascript:alert(1)" });
        using var body = new ByteArrayContent(ResourcesTestData.Png);
        using var file = await adder.PostAsync($"{path}/files?title=Leaflet&fileName=leaflet.pdf", body);
        var fileProblem = JsonDocument.Parse(await file.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (link.StatusCode, file.StatusCode));
        Assert.Equal("Only web addresses can be used here: start it with https:// or http://, not javascript:", linkProblem.GetProperty("errors").GetProperty("url")[0].GetString());
        Assert.Equal("The selected file is not a PDF, as its name says: it is a PNG image. Rename it to what it is, or choose another",
            fileProblem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task PostFile_ThenDownloadChangeAndRemove_OnlyTheAdderChangesIt()
    {
        var (community, adder, other) = await MembersAsync();
        var path = $"/api/v1/communities/{community.Slug}/resources";
        using var body = new ByteArrayContent(ResourcesTestData.Pdf);

        using var added = await adder.PostAsync($"{path}/files?title=Leaflet&fileName=..%2Fleaflet.pdf", body);
        var resource = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        using var download = await other.GetAsync(resource.GetProperty("fileUrl").GetString());
        var (othersChange, _) = await other.PatchJsonAsync($"{path}/{resource.GetProperty("id")}", new { title = "Mine now" });
        using var othersRemoval = await other.DeleteAsync($"{path}/{resource.GetProperty("id")}");
        var (stale, _) = await adder.PatchJsonAsync($"{path}/{resource.GetProperty("id")}", new { title = "Leaflet (2027)", seenVersion = 0 });
        using var removal = await adder.DeleteAsync($"{path}/{resource.GetProperty("id")}");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(("leaflet.pdf", "application/pdf"), (resource.GetProperty("fileName").GetString(), resource.GetProperty("contentType").GetString()));
        Assert.Equal(new ContentDispositionHeaderValue("attachment") { FileName = "leaflet.pdf", FileNameStar = "leaflet.pdf" }.DispositionType, download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(ResourcesTestData.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (othersChange.StatusCode, othersRemoval.StatusCode));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NoContent), (stale.StatusCode, removal.StatusCode));
    }
}
