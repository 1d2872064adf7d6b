using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;
using static Roundtable.Web.Tests.PageTests.Themes.ThemesTestData;

namespace Roundtable.Web.Tests.PageTests.Themes;

// A co-lead finding and deciding themes, and members reading them, through the pages.
[Collection(SharedApps.Pages)]
public class ThemePagesTests(RoundtableApp app)
{
    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Two past sessions: "Getting there" heard at the first; at the second, more about buses and two
    // contributions alike about peer support, not yet in a theme.
    private async Task<(Community Community, Session One, Session Two, Person CoLead, Person Member, Theme Transport)> TwoSessionsAsync()
    {
        var (community, one, two, coLead, member) = await app.TwoPastSessionsAsync();
        var transport = await app.ThemeAsync(community, coLead, "Getting there", await app.SayAsync(one, member, "the bus to the clinic never comes"));
        await app.SayAsync(two, member, "no bus to the clinic after six");
        await app.SayAsync(two, member, "peer support from other parents helped");
        await app.SayAsync(two, member, "other parents gave peer support");
        return (community, one, two, coLead, member, transport);
    }

    private static IHtmlFormElement AssignForm(IDocument page, string title) =>
        page.QuerySelectorAll<IHtmlFormElement>("#unassigned form").First(f => Text(f).StartsWith($"Add to “{title}”", StringComparison.Ordinal));

    [Fact]
    public async Task FindThenSessionPage_AcceptASuggestionAndAGroup_ShowsOneDeepeningOneNew()
    {
        var (community, _, two, coLead, member, _) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var find = await browser.GetDocumentAsync(FindPath(community, two));

        var assigned = await browser.FollowAsync(await browser.SubmitAsync(AssignForm(find, "Getting there")));
        Assert.Equal("Added to “Getting there”.", assigned.Notice());
        var groupForm = assigned.QuerySelector<IHtmlFormElement>("#group-0 form")!;
        var accepted = await browser.FollowAsync(await browser.SubmitAsync(groupForm, new Dictionary<string, string> { ["title"] = "Peer support" }));
        Assert.Equal("“Peer support” is now a theme.", accepted.Notice());
        Assert.NotNull(accepted.GetElementById("all-assigned"));

        var session = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/sessions/{two.Number}");

        Assert.Equal("1 deepening, 1 new", Text(session.GetElementById("themes-summary")));
        Assert.Equal(["Peer support New 2 contributions", "Getting there Deepening 1 contribution"], session.QuerySelectorAll("#session-themes li").Select(Text));
    }

    [Fact]
    public async Task Get_SessionPageInEasyRead_SaysWhatWeHeardInShortSentences()
    {
        var (community, _, two, coLead, member, _) = await TwoSessionsAsync();
        await app.ThemeAsync(community, coLead, "Help from other parents", await app.SayAsync(two, member, "parents in the group helped me most"));
        await app.WithDbAsync(db => db.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == member.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.AccessNeeds, AccessNeeds.EasyRead)));

        var session = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/sessions/{two.Number}");

        Assert.NotNull(session.GetElementById("easy-read"));
        Assert.Equal(["Help from other parents. We heard it first here."], session.QuerySelectorAll("#session-themes li").Select(Text));
    }

    [Fact]
    public async Task Get_SessionPage_NotSignedIn_SaysNothingOfThemes()
    {
        var (community, one, _, _, _, _) = await TwoSessionsAsync();

        var session = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{one.Number}");

        Assert.Null(session.GetElementById("what-we-heard"));
        Assert.DoesNotContain("Getting there", session.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AcceptAGroupWithNoTitle_SaysSoBesideItAndKeepsTheGroup()
    {
        var (community, _, two, coLead, _, _) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var find = await browser.GetDocumentAsync(FindPath(community, two));

        using var response = await browser.SubmitAsync(find.QuerySelector<IHtmlFormElement>("#group-0 form")!, new Dictionary<string, string> { ["title"] = "   " });

        var page = await response.ToDocumentAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter a title for the theme", page.ErrorFor("Groups[0].Title"));
        Assert.Equal(["Enter a title for the theme"], page.ErrorSummary());
    }

    [Fact]
    public async Task Post_AcceptTheSameGroupTwice_MakesOneTheme()
    {
        var (community, _, two, coLead, _, _) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var form = (await browser.GetDocumentAsync(FindPath(community, two))).QuerySelector<IHtmlFormElement>("#group-0 form")!;

        using var first = await browser.SubmitAsync(form, new Dictionary<string, string> { ["title"] = "Peer support" });
        using var second = await browser.SubmitAsync(form, new Dictionary<string, string> { ["title"] = "Peer support" });

        Assert.Equal((302, 302), ((int)first.StatusCode, (int)second.StatusCode));
        var list = await browser.GetDocumentAsync(ThemesPath(community));
        Assert.Single(list.QuerySelectorAll("#themes tbody th a"), a => Text(a) == "Peer support");
    }

    [Fact]
    public async Task Post_IgnoreASuggestion_IsNotOfferedAgain()
    {
        var (community, _, two, coLead, _, _) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var find = await browser.GetDocumentAsync(FindPath(community, two));
        var ignore = find.QuerySelectorAll<IHtmlFormElement>("#unassigned form").First(f => Text(f).StartsWith("Not “Getting there”", StringComparison.Ordinal));

        var after = await browser.FollowAsync(await browser.SubmitAsync(ignore));

        Assert.Equal("That suggestion will not be offered again.", after.Notice());
        var bus = after.QuerySelectorAll("#unassigned > li").Single(li => Text(li).StartsWith("no bus to the clinic", StringComparison.Ordinal));
        Assert.DoesNotContain("Getting there", Text(bus), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SettleWithNoNote_SaysSoBesideTheNote_ThenSettlesAndReopens()
    {
        var (community, _, _, coLead, _, transport) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync(ThemePath(community, transport.Id));

        using var empty = await browser.SubmitAsync(page.Form("#settle-form"), new Dictionary<string, string> { ["Settle.Note"] = "" });
        var refused = await empty.ToDocumentAsync();
        Assert.Equal("Enter what was agreed or done", refused.ErrorFor("Settle_Note"));

        var settled = await browser.FollowAsync(await browser.SubmitAsync(refused.Form("#settle-form"), new Dictionary<string, string> { ["Settle.Note"] = "Transport leads join each session" }));
        Assert.Contains("Transport leads join each session", Text(settled.GetElementById("settled")), StringComparison.Ordinal);

        var reopened = await browser.FollowAsync(await browser.SubmitAsync(settled.Forms.OfType<IHtmlFormElement>().Single(f => Text(f) == "Reopen this theme")));
        Assert.Null(reopened.GetElementById("settled"));
        Assert.False((await app.ThemeNowAsync(transport.Id)).IsSettled);
    }

    [Fact]
    public async Task FindInAPreparationMeeting_AcceptAGroup_MakesAThemeOnlyTheGroupSees()
    {
        var (community, _, _, coLead, member, _) = await TwoSessionsAsync();
        var preparation = await app.CreateSessionAsync(community, app.Today.AddDays(-14), SessionKind.PreparationMeeting);
        await app.SayAsync(preparation, coLead, "being believed by the doctor is hard");
        await app.SayAsync(preparation, coLead, "the doctor never believed me");
        var browser = await app.BrowserForAsync(coLead);

        var find = await browser.GetDocumentAsync($"/communities/{community.Slug}/preparation-meetings/{preparation.Number}/themes");
        var accept = find.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.Action.Contains("handler=Accept", StringComparison.Ordinal));
        var accepted = await browser.FollowAsync(await browser.SubmitAsync(accept, new Dictionary<string, string> { [accept.Elements.OfType<IHtmlInputElement>().First(i => i.Type == "text").Name!] = "Being believed" }));

        Assert.StartsWith($"Find themes in preparation meeting {preparation.Number}", find.Title, StringComparison.Ordinal);
        Assert.Equal("“Being believed” is now a theme.", accepted.Notice());
        var themes = await (await app.BrowserForAsync(member)).GetDocumentAsync(ThemesPath(community));
        Assert.DoesNotContain("Being believed", Text(themes.QuerySelector("main")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AThemeSettledReopenedAndSettledAgain_ListsEachSettlingWithWhoAndWhen()
    {
        var (community, _, _, coLead, member, transport) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync(ThemePath(community, transport.Id));
        var settled = await browser.FollowAsync(await browser.SubmitAsync(page.Form("#settle-form"), new Dictionary<string, string> { ["Settle.Note"] = "Transport leads join each session" }));
        var reopened = await browser.FollowAsync(await browser.SubmitAsync(settled.Forms.OfType<IHtmlFormElement>().Single(f => Text(f) == "Reopen this theme")));
        await browser.FollowAsync(await browser.SubmitAsync(reopened.Form("#settle-form"), new Dictionary<string, string> { ["Settle.Note"] = "Free taxis agreed" }));

        var seen = await (await app.BrowserForAsync(member)).GetDocumentAsync(ThemePath(community, transport.Id));

        var today = TestClock.ShortDate(app.Today);
        Assert.Equal(
            [$"Settled on {today} by Cleo: Transport leads join each session Reopened on {today} by Cleo", $"Settled on {today} by Cleo: Free taxis agreed"],
            seen.QuerySelectorAll("#settlings > li").Select(Text));
    }

    [Fact]
    public async Task Get_AThemeWithImportedWords_SaysWhenEachWasSaid()
    {
        var (community, one, _, coLead, member, transport) = await TwoSessionsAsync();
        var chat = await app.UseAsync<ImportedChats, ImportedChats.Imported>(i => i.ImportAsync(
            one, new ImportedChats.Pasted(ContributionSource.Chat, "[10:42] Mina Member\nthe bus is never on time\n"), Guid.NewGuid(), coLead.Id));
        var transcript = await app.UseAsync<ImportedChats, ImportedChats.Imported>(i => i.ImportAsync(
            one, new ImportedChats.Pasted(ContributionSource.Transcript, "WEBVTT\n\n00:12:31.000 --> 00:12:35.000\n<v Mina Member>taxis cost too much</v>\n"), Guid.NewGuid(), coLead.Id));
        var imported = await app.WithDbAsync(db => db.Contributions.Where(c => c.ImportId == chat.Import!.Id || c.ImportId == transcript.Import!.Id).Select(c => c.Id).ToListAsync());
        await app.UseAsync<ThemeDecisions, ThemeResult>(d => d.AssignAsync(community.Id, transport.Id, imported, coLead.Id));

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync(ThemePath(community, transport.Id));

        var said = page.QuerySelectorAll("#timeline li li").Select(Text).ToList();
        Assert.Contains("the bus is never on time (said at 10:42)", said);
        Assert.Contains("taxis cost too much (at 00:12:31 in the recording)", said);
        Assert.Contains("the bus to the clinic never comes", said);
    }

    [Fact]
    public async Task Post_Merge_MovesEverythingAndTheOldAddressSaysWhereItWent()
    {
        var (community, _, two, coLead, member, transport) = await TwoSessionsAsync();
        var buses = await app.ThemeAsync(community, coLead, "Buses", await app.SayAsync(two, member, "buses are late"));
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync(ThemePath(community, buses.Id));

        var merged = await browser.FollowAsync(await browser.SubmitAsync(page.Form("#merge-form"), new Dictionary<string, string> { ["Merge.IntoId"] = transport.Id.ToString() }));

        Assert.Equal("Getting there", merged.Heading());
        Assert.Equal(2, (await app.ThemeContributionsAsync(transport.Id)).Count);
        var old = await (await app.BrowserForAsync(member)).GetDocumentAsync(ThemePath(community, buses.Id));
        Assert.Equal("This theme was merged", old.Heading());
        Assert.Equal("Getting there", Text(old.QuerySelector("#merged-into a")));
    }

    [Fact]
    public async Task Post_RenameSeenBeforeAnotherChange_SaysSomeoneElseChangedItAndKeepsWhatWasTyped()
    {
        var (community, _, _, coLead, _, transport) = await TwoSessionsAsync();
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync(ThemePath(community, transport.Id));
        await browser.SubmitAsync(page.Form("#edit-form"), new Dictionary<string, string> { ["Edit.Title"] = "Travel" });

        using var response = await browser.SubmitAsync(page.Form("#edit-form"), new Dictionary<string, string> { ["Edit.Title"] = "Transport" });

        var refused = await response.ToDocumentAsync();
        Assert.Contains("Someone else changed this theme", string.Join(' ', refused.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal("Transport", refused.QuerySelector<IHtmlInputElement>("#Edit_Title")!.Value);
        Assert.Equal("Travel", (await app.ThemeNowAsync(transport.Id)).Title);
    }

    [Theory]
    [InlineData(QuoteConsent.ByName, Naming.FullName, "Shared as said by Mina Member")]
    [InlineData(QuoteConsent.ByRole, Naming.FullName, "Shared as said by Peer worker")]
    [InlineData(QuoteConsent.NotQuoted, Naming.FullName, "Shared without a name")]
    public async Task Post_ChooseAQuote_IsSharedOnlyAsTheSpeakerConsented(QuoteConsent consent, Naming naming, string expected)
    {
        var (community, _, _, coLead, member, transport) = await TwoSessionsAsync();
        await app.WithDbAsync(db =>
        {
            var membership = db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == member.Id);
            (membership.QuoteConsent, membership.Naming, membership.JobRole) = (consent, naming, "Peer worker");
            return db.SaveChangesAsync();
        });
        var browser = await app.BrowserForAsync(coLead);
        var page = await browser.GetDocumentAsync(ThemePath(community, transport.Id));
        var choose = page.Forms.OfType<IHtmlFormElement>().First(f => Text(f).StartsWith("Choose as a quote", StringComparison.Ordinal));

        var after = await browser.FollowAsync(await browser.SubmitAsync(choose));

        Assert.Contains(expected, Text(after.GetElementById("timeline")), StringComparison.Ordinal);
    }
}
