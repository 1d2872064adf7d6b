using System.Net;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.SystemMap;

// Who may use each system map page and endpoint, and who may not: members read and add; the member
// who added an entry (here the Member), co-leads and admins change it; a community someone may not
// know about, and its entries, are "not found" whoever asks.
[Collection(AccessTables.Name)]
public class SystemMapAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                  Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/map", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/map", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/map?q=carers&sector=VoluntaryAndCommunity&kind=Group", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/map/diagram", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/map/diagram", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/map/new", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/map/new", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/map/{entry}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/map/{hiddenEntry}", [404, 404, 404, 404, 404, 404, 200]),
        // Another community's entry is not found through this one's address.
        ("/communities/{listed}/map/{hiddenEntry}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/map/{entry}/edit", [SignIn, 403, 200, 403, 403, 200, 200]),
        ("/communities/{hidden}/map/{hiddenEntry}/edit", [404, 404, 404, 404, 404, 404, 200]),
        ("/css/map.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    //                                                                        Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Gets =
    [
        ("/api/v1/communities/{listed}/map", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/map", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/map/connections", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/map/connections", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/map/{entry}", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/map/{hiddenEntry}", [401, 403, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{hidden}/map/{hiddenEntry}", [404, 404, 404, 404, 404, 404, 200]),
    ];

    //                                      Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly int[] Change = [401, 403, 200, 403, 403, 200, 200];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> GetRows() => Rows(Gets);

    public static TheoryData<Visitor, int> ChangeRows() => Rows(Change);

    private string Resolve(string path) => Resolve(app, path)
        .Replace("{entry}", app.MapPlaces.ListedEntry.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenEntry}", app.MapPlaces.HiddenEntry.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [MemberData(nameof(GetRows))]
    public async Task Get_Endpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        using var response = await app.ApiClientAs(visitor).GetAsync(Resolve(path));

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected != 200)
        {
            Assert.DoesNotContain("Hidden Carers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    // Saved unchanged (its own words again), so each allowed row leaves the entry as it was.
    [Theory]
    [MemberData(nameof(ChangeRows))]
    public async Task Put_Entry_OnlyItsAdderCoLeadsAndAdminsMayChangeIt(Visitor visitor, int expected)
    {
        var (response, _) = await app.ApiClientAs(visitor).PutJsonAsync(
            Resolve("/api/v1/communities/{listed}/map/{entry}"), new { name = "Riverside Carers", kind = "Group", sector = "VoluntaryAndCommunity" });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("Riverside Carers", (await app.MapEntryNowAsync(app.MapPlaces.ListedEntry))!.Name);
    }

    [Theory]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_ChangeRemoveOrConnect_OnSomeoneElsesEntry_IsForbiddenAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var edit = Resolve("/communities/{listed}/map/{entry}/edit");

        using var change = await browser.PostWithTokenAsync(edit, ("Input.Name", "Renamed by " + visitor), ("Input.Kind", "Group"), ("Input.Sector", "Other"));
        using var remove = await browser.PostWithTokenAsync($"{edit}?handler=Remove");
        using var connect = await browser.PostWithTokenAsync(
            $"{Resolve("/communities/{listed}/map/{entry}")}?handler=Connect", ("Connect.ToId", app.MapPlaces.ListedEntry.ToString()), ("Connect.How", "Made up"));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { change.StatusCode, remove.StatusCode, connect.StatusCode });
        Assert.Equal("Riverside Carers", (await app.MapEntryNowAsync(app.MapPlaces.ListedEntry))!.Name);
    }

    [Fact]
    public async Task Post_AddThroughTheApi_AsSomeoneOutsideTheCommunity_IsForbiddenAndAddsNothing()
    {
        var (response, _) = await app.ApiClientAs(NonMember).PostJsonAsync(
            Resolve("/api/v1/communities/{listed}/map"), new { name = "Outsider's group", kind = "Group", sector = "Other" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.MapEntriesCalledAsync(app.Listed, "Outsider's group"));
    }
}
