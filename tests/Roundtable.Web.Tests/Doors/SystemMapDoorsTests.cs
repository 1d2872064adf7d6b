using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.SystemMap;

namespace Roundtable.Web.Tests.Doors;

// The same bad entry sent through both doors, the add page (its form posted as a browser posts it)
// and the API (as JSON), is refused by each with the same words against the same field, and
// nothing is added.
[Collection(SharedApps.Doors)]
public class SystemMapDoorsTests(RoundtableApp app)
{
    public sealed record Row(string Name, string? Kind, string? Sector, string? WebAddress, string Field, string Message);

    private const string NotAWebAddress = "Enter a web address that starts with https:// or http://, like https://www.example.org";

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["a javascript: link"] = new("Riverside Carers", "Group", "Other", "javascript:alert(1)", "WebAddress", "Only web addresses can be used here: start it with https:// or http://, not javascript:"),
        ["an address without its scheme"] = new("Riverside Carers", "Group", "Other", "www.example.org", "WebAddress", NotAWebAddress),
        ["no name"] = new("  ", "Group", "Other", null, "Name", "Enter the name of the organisation, service or group"),
        ["a sector nobody can choose"] = new("Riverside Carers", "Group", "Hospital", null, "Sector", "Choose the sector it is in"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_ABadEntry_BothDoorsRefuseItWithTheSameWordsAndAddNothing(string @case)
    {
        var (name, kind, sector, web, field, message) = Table[@case];
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, member);
        var browser = await app.BrowserForAsync(member);
        var api = await app.ApiClientForAsync(member);

        using var page = await browser.SubmitAsync($"{MapTestData.MapPath(community)}/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Kind"] = kind ?? "", ["Input.Sector"] = sector ?? "", ["Input.WebAddress"] = web ?? "",
        });
        var (response, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/map", new { name, kind, sector, webAddress = web });

        await TwoDoors.PageSaysAsync(page, $"Input_{field}", message);
        TwoDoors.ApiSays(response, problem, TwoDoors.Camel(field), message);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.MapEntries.Count(e => e.CommunityId == community.Id))));
    }
}
