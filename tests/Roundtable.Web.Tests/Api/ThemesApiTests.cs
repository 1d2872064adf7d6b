using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Themes;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Api;

// Who may use each theme endpoint, by personal token: the same rules as the theme pages.
[Collection(AccessTables.Name)]
public class ThemesApiAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                           Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Gets =
    [
        ("/api/v1/communities/{listed}/themes", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/themes", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/themes/{theme}", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/themes/{lived}", [401, 403, 404, 200, 404, 200, 404]),
        ("/api/v1/communities/{listed}/themes/{hiddenTheme}", [401, 403, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{listed}/sessions/1/themes", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/sessions/9/themes", [401, 403, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{listed}/sessions/1/theme-suggestions", [401, 403, 403, 403, 403, 200, 200]),
        ("/api/v1/communities/{hidden}/sessions/1/theme-suggestions", [404, 404, 404, 404, 404, 404, 200]),
    ];

    public static TheoryData<string, Visitor, int> GetRows() => Rows(Gets);

    private string Resolve(string path) => Resolve(app.ThemePlaces, path)
        .Replace("{theme}", app.ThemePlaces.ListedTheme.ToString(), StringComparison.Ordinal)
        .Replace("{lived}", app.ThemePlaces.LivedExpertTheme.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenTheme}", app.ThemePlaces.HiddenTheme.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(GetRows))]
    public async Task Get_ThemeEndpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        using var response = await app.ApiClientAs(visitor).GetAsync(Resolve(path));

        Assert.Equal(expected, (int)response.StatusCode);
        // What was said in a preparation meeting stays inside the lived-expert group and its co-leads.
        if (visitor is not (LivedExpert or CoLead))
        {
            Assert.DoesNotContain("Secret words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(NonMember, 403)]
    [InlineData(Member, 403)]
    [InlineData(LivedExpert, 403)]
    [InlineData(Facilitator, 403)]
    public async Task Post_Settle_AsSomeoneNotACoLead_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var (response, _) = await app.ApiClientAs(visitor).PostJsonAsync(Resolve("/api/v1/communities/{listed}/themes/{theme}/settle"), new { note = "Agreed" });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.False((await app.ThemeNowAsync(app.ThemePlaces.ListedTheme)).IsSettled);
    }
}

public class ThemesApiTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private async Task<(Community Community, Session One, Session Two, HttpClient Client, Person Member)> TwoSessionsAsync()
    {
        var (community, one, two, coLead, member) = await app.TwoPastSessionsAsync();
        return (community, one, two, await app.ApiClientForAsync(coLead), member);
    }

    [Fact]
    public async Task Post_CreateAndAssign_SessionThemesSayOneDeepeningOneNew()
    {
        var (community, one, two, client, member) = await TwoSessionsAsync();
        var early = await app.SayAsync(one, member, "the bus never comes");
        var (later, peers) = (await app.SayAsync(two, member, "no bus after six"), await app.SayAsync(two, member, "peer support helped"));
        var themes = $"/api/v1/communities/{community.Slug}/themes";

        var (created, transport) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { early } });
        var (assigned, _) = await client.PostJsonAsync($"{themes}/{transport.GetProperty("theme").GetProperty("id").GetGuid()}/contributions", new { contributionIds = new[] { later } });
        await client.PostJsonAsync(themes, new { title = "Peer support", contributionIds = new[] { peers } });
        var (response, session, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/sessions/{two.Number}/themes");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, assigned.StatusCode, response.StatusCode));
        Assert.Equal("1 deepening, 1 new", session.GetProperty("summary").GetString());
        Assert.Equal(["Peer support", "Getting there"], session.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Post_CreateWithNoTitle_Is400AgainstTheTitle()
    {
        var (community, _, _, client, _) = await TwoSessionsAsync();

        var (response, problem) = await client.PostJsonAsync($"/api/v1/communities/{community.Slug}/themes", new { title = "", contributionIds = Array.Empty<Guid>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter a title for the theme", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Post_MergeAThemeMergedMeanwhile_Is409SayingWhereItWent()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        Guid Id(System.Text.Json.JsonElement theme) => theme.GetProperty("theme").GetProperty("id").GetGuid();
        var (_, a) = await client.PostJsonAsync(themes, new { title = "Buses", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });
        var (_, b) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { await app.SayAsync(one, member, "taxi") } });
        var (_, c) = await client.PostJsonAsync(themes, new { title = "Travel", contributionIds = new[] { await app.SayAsync(one, member, "train") } });
        await client.PostJsonAsync($"{themes}/{Id(a)}/merge", new { intoId = Id(b) });

        var (response, problem) = await client.PostJsonAsync($"{themes}/{Id(a)}/merge", new { intoId = Id(c), seenVersion = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Getting there", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Suggestions_OfferTheThemeSharingTheWords()
    {
        var (community, one, two, client, member) = await TwoSessionsAsync();
        await client.PostJsonAsync($"/api/v1/communities/{community.Slug}/themes", new { title = "Getting there", contributionIds = new[] { await app.SayAsync(one, member, "the bus to the clinic never comes") } });
        var bus = await app.SayAsync(two, member, "no bus to the clinic after six");

        var (response, found, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}/sessions/{two.Number}/theme-suggestions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unassigned = Assert.Single(found.GetProperty("unassigned").EnumerateArray());
        Assert.Equal(bus, unassigned.GetProperty("contributionId").GetGuid());
        Assert.Equal("Getting there", unassigned.GetProperty("suggestions")[0].GetProperty("title").GetString());
    }
}
