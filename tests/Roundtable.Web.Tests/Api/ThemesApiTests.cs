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
        ("/api/v1/communities/{listed}/preparation-meetings/1/theme-suggestions", [404, 404, 404, 403, 404, 200, 404]),
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

    // Each decision the pages offer, sent as something that changes nothing (the same words again,
    // a contribution not in the theme, an empty split), so the rows may run in any order: only a
    // co-lead decides, and a theme heard only in a preparation meeting is not there for a site
    // admin outside the lived-expert group.
    //                                                                                    Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Method, string Path, string Body, int[] Expected)[] Decisions =
    [
        ("PATCH", "/api/v1/communities/{listed}/themes/{theme}", """{"title":"Getting there","gist":"What we heard about Getting there"}""", [401, 403, 403, 403, 403, 200, 200]),
        ("PATCH", "/api/v1/communities/{listed}/themes/{lived}", """{"title":"Being believed","gist":"What we heard about Being believed"}""", [401, 403, 403, 403, 403, 200, 404]),
        ("DELETE", "/api/v1/communities/{listed}/themes/{theme}/contributions/{nothing}", "", [401, 403, 403, 403, 403, 200, 200]),
        ("DELETE", "/api/v1/communities/{listed}/themes/{lived}/contributions/{nothing}", "", [401, 403, 403, 403, 403, 200, 404]),
        ("PUT", "/api/v1/communities/{listed}/themes/{theme}/quotes/{nothing}", "", [401, 403, 403, 403, 403, 400, 400]),
        ("DELETE", "/api/v1/communities/{listed}/themes/{lived}/quotes/{nothing}", "", [401, 403, 403, 403, 403, 400, 404]),
        ("POST", "/api/v1/communities/{listed}/themes/{theme}/split", """{"title":"","contributionIds":[]}""", [401, 403, 403, 403, 403, 400, 400]),
        ("POST", "/api/v1/communities/{listed}/themes/{lived}/split", """{"title":"","contributionIds":[]}""", [401, 403, 403, 403, 403, 400, 404]),
        ("POST", "/api/v1/communities/{listed}/sessions/1/theme-suggestions/ignored", """{"contributionId":"{secret}"}""", [401, 403, 403, 403, 403, 204, 404]),
        ("POST", "/api/v1/communities/{listed}/sessions/1/theme-suggestions/ignored", "{}", [401, 403, 403, 403, 403, 400, 400]),
        ("POST", "/api/v1/communities/{hidden}/sessions/1/theme-suggestions/ignored", "{}", [404, 404, 404, 404, 404, 404, 400]),
        ("POST", "/api/v1/communities/{listed}/preparation-meetings/1/theme-suggestions/ignored", """{"contributionId":"{secret}"}""", [404, 404, 404, 403, 404, 204, 404]),
        ("POST", "/api/v1/communities/{listed}/preparation-meetings/1/theme-suggestions/ignored", "{}", [404, 404, 404, 403, 404, 400, 404]),
    ];

    public static TheoryData<string, string, string, Visitor, int> DecisionRows()
    {
        var rows = new TheoryData<string, string, string, Visitor, int>();
        foreach (var (method, path, body, expected) in Decisions)
        {
            foreach (var (visitor, status) in Enum.GetValues<Visitor>().Zip(expected))
            {
                rows.Add(method, path, body, visitor, status);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(DecisionRows))]
    public async Task Send_ThemeDecision_AnswersEachTokenAsDeclared(string method, string path, string body, Visitor visitor, int expected)
    {
        var secret = app.ThemePlaces.LivedExpertWords.ToString();
        using var request = new HttpRequestMessage(new HttpMethod(method), Resolve(path).Replace("{nothing}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent(body.Replace("{secret}", secret, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await app.ApiClientAs(visitor).SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
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

[Collection(SharedApps.Api)]
public class ThemesApiTests(RoundtableApp app)
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

    private static Guid Id(System.Text.Json.JsonElement detail) => detail.GetProperty("theme").GetProperty("id").GetGuid();

    [Fact]
    public async Task Patch_Edit_RenamesTheThemeAsGetShowsIt()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Buses", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });

        var (response, _) = await client.PatchJsonAsync($"{themes}/{Id(made)}", new { title = "Getting there", gist = "Buses and taxis", seenVersion = 1 });
        var (_, now, _) = await client.GetJsonAsync($"{themes}/{Id(made)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Getting there", "Buses and taxis"), (now.GetProperty("theme").GetProperty("title").GetString(), now.GetProperty("theme").GetProperty("gist").GetString()));
    }

    [Fact]
    public async Task Patch_EditWithNoTitle_Is400AgainstTheTitleAndChangesNothing()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Buses", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });

        var (response, problem) = await client.PatchJsonAsync($"{themes}/{Id(made)}", new { title = " ", gist = "Buses and taxis" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter a title for the theme", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal("Buses", (await app.ThemeNowAsync(Id(made))).Title);
    }

    [Fact]
    public async Task Patch_EditAfterSomeoneElseChangedIt_Is409()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Buses", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });
        await client.PatchJsonAsync($"{themes}/{Id(made)}", new { title = "Trains", seenVersion = 1 });

        var (response, _) = await client.PatchJsonAsync($"{themes}/{Id(made)}", new { title = "Taxis", seenVersion = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Trains", (await app.ThemeNowAsync(Id(made))).Title);
    }

    [Fact]
    public async Task Delete_ContributionTwice_TakesItOutOnceAndAnswersBoth()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (bus, taxi) = (await app.SayAsync(one, member, "bus"), await app.SayAsync(one, member, "taxi"));
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { bus, taxi } });

        using var first = await client.DeleteAsync($"{themes}/{Id(made)}/contributions/{taxi}");
        using var second = await client.DeleteAsync($"{themes}/{Id(made)}/contributions/{taxi}");
        var (_, now, _) = await client.GetJsonAsync($"{themes}/{Id(made)}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal([bus], now.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("contributionId").GetGuid()));
    }

    [Fact]
    public async Task Put_Quote_IsQuotedAndDeleteTakesItBack()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var bus = await app.SayAsync(one, member, "the bus never comes");
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { bus } });

        var (quoted, _) = await client.PutJsonAsync($"{themes}/{Id(made)}/quotes/{bus}", new { });
        var (_, withQuote, _) = await client.GetJsonAsync($"{themes}/{Id(made)}");
        using var unquoted = await client.DeleteAsync($"{themes}/{Id(made)}/quotes/{bus}");
        var (_, without, _) = await client.GetJsonAsync($"{themes}/{Id(made)}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (quoted.StatusCode, unquoted.StatusCode));
        Assert.True(withQuote.GetProperty("contributions")[0].GetProperty("quoted").GetBoolean());
        Assert.False(without.GetProperty("contributions")[0].GetProperty("quoted").GetBoolean());
    }

    [Fact]
    public async Task Put_QuoteOfAContributionNotInTheTheme_Is400()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });

        var (response, problem) = await client.PutJsonAsync($"{themes}/{Id(made)}/quotes/{await app.SayAsync(one, member, "taxi")}", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose a contribution in this theme", problem.GetProperty("errors").GetProperty("contributionId")[0].GetString());
    }

    [Fact]
    public async Task Post_SplitTwice_MakesOneNewThemeWithTheContributionsMoved()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (bus, lonely) = (await app.SayAsync(one, member, "bus"), await app.SayAsync(one, member, "lonely at home"));
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { bus, lonely } });

        var (first, split) = await client.PostJsonAsync($"{themes}/{Id(made)}/split", new { title = "Loneliness", contributionIds = new[] { lonely } });
        var (second, again) = await client.PostJsonAsync($"{themes}/{Id(made)}/split", new { title = "Loneliness", contributionIds = new[] { lonely } });
        var (_, all, _) = await client.GetJsonAsync(themes);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(Id(split), Id(again));
        Assert.Equal(["Getting there", "Loneliness"], all.EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        Assert.Equal([lonely], split.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("contributionId").GetGuid()));
    }

    [Fact]
    public async Task Post_SplitEverything_Is400AgainstTheContributions()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var bus = await app.SayAsync(one, member, "bus");
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { bus } });

        var (response, problem) = await client.PostJsonAsync($"{themes}/{Id(made)}/split", new { title = "Buses", contributionIds = new[] { bus } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Leave at least one contribution in this theme, or rename it instead", problem.GetProperty("errors").GetProperty("contributionIds")[0].GetString());
    }

    [Fact]
    public async Task Post_IgnoreASuggestion_IsNotOfferedAgain()
    {
        var (community, one, two, client, member) = await TwoSessionsAsync();
        var (_, made) = await client.PostJsonAsync($"/api/v1/communities/{community.Slug}/themes", new { title = "Getting there", contributionIds = new[] { await app.SayAsync(one, member, "the bus to the clinic never comes") } });
        var bus = await app.SayAsync(two, member, "no bus to the clinic after six");
        var suggestions = $"/api/v1/communities/{community.Slug}/sessions/{two.Number}/theme-suggestions";

        var (first, _) = await client.PostJsonAsync($"{suggestions}/ignored", new { contributionId = bus, themeId = Id(made) });
        var (second, _) = await client.PostJsonAsync($"{suggestions}/ignored", new { contributionId = bus, themeId = Id(made) });
        var (_, found, _) = await client.GetJsonAsync(suggestions);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        Assert.DoesNotContain(found.GetProperty("unassigned")[0].GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("themeId").GetGuid() == Id(made));
    }

    [Fact]
    public async Task Post_SettleReopenSettle_GetListsBothSettlingsWithWhoAndWhen()
    {
        var (community, one, _, client, member) = await TwoSessionsAsync();
        var themes = $"/api/v1/communities/{community.Slug}/themes";
        var (_, made) = await client.PostJsonAsync(themes, new { title = "Getting there", contributionIds = new[] { await app.SayAsync(one, member, "bus") } });
        await client.PostJsonAsync($"{themes}/{Id(made)}/settle", new { note = "Transport leads join" });
        await client.PostJsonAsync($"{themes}/{Id(made)}/reopen", new { });

        var (settled, _) = await client.PostJsonAsync($"{themes}/{Id(made)}/settle", new { note = "Free taxis agreed" });
        var (_, now, _) = await client.GetJsonAsync($"{themes}/{Id(made)}");

        Assert.Equal(HttpStatusCode.OK, settled.StatusCode);
        var settlings = now.GetProperty("settlings").EnumerateArray().ToList();
        Assert.Equal(["Transport leads join", "Free taxis agreed"], settlings.Select(s => s.GetProperty("note").GetString()));
        Assert.Equal(["Cleo", "Cleo"], settlings.Select(s => s.GetProperty("settledBy").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.String, settlings[0].GetProperty("reopenedAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, settlings[1].GetProperty("reopenedAt").ValueKind);
    }
}
