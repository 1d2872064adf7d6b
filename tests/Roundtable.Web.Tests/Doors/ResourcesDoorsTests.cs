using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Resources.ResourcesTestData;

namespace Roundtable.Web.Tests.Doors;

// The same bad resource sent through both doors, the add page (its form posted as a browser posts
// it) and the API (as JSON), is refused by each with the same words against the same field, and
// nothing is added.
[Collection(SharedApps.Doors)]
public class ResourcesDoorsTests(RoundtableApp app)
{
    public sealed record Row(string Kind, string Title, string? Url, string? StartsOn, string? EndsOn, string Field, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["a javascript: link"] = new("Link", "A tool", "javascript:alert(1)", null, null, "Url",
            "Only web addresses can be used here: start it with https:// or http://, not javascript:"),
        ["a link without its scheme"] = new("Link", "A tool", "www.nhs.uk", null, null, "Url",
            "Enter a full web address, starting with https://, like https://www.nhs.uk"),
        ["a link with no title"] = new("Link", "  ", "https://www.nhs.uk", null, null, "Title", "Enter a title"),
        ["an event with no date"] = new("Event", "Carers' conference", null, null, null, "StartsOn", "Enter the date the event starts"),
        ["an event that ends before it starts"] = new("Event", "Training day", null, "12/03/2027", "11/03/2027", "EndsOn", "The end must be after the start"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_ABadResource_BothDoorsRefuseItWithTheSameWordsAndAddNothing(string @case)
    {
        var (kind, title, url, startsOn, endsOn, field, message) = Table[@case];
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, member);
        var browser = await app.BrowserForAsync(member);
        var api = await app.ApiClientForAsync(member);

        using var page = await browser.SubmitAsync($"{ListPath(community)}/new?kind={kind.ToLowerInvariant()}", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.Url"] = url ?? "", ["Form.StartsOn"] = startsOn ?? "", ["Form.EndsOn"] = endsOn ?? "",
        });
        var (response, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/resources", new { kind, title, url, startsOn, endsOn });

        await TwoDoors.PageSaysAsync(page, $"Form_{field}", message);
        TwoDoors.ApiSays(response, problem, TwoDoors.Camel(field), message);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Resources.Count(r => r.CommunityId == community.Id))));
    }
}
