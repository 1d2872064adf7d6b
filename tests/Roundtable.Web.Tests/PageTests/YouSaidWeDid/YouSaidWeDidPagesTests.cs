using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Themes;
using static Roundtable.Web.Tests.PageTests.YouSaidWeDid.AsksTestData;

namespace Roundtable.Web.Tests.PageTests.YouSaidWeDid;

// "You said, we did" through its pages, without JavaScript: the rules beside their fields, a
// change someone else made first, one request per form, the acknowledgement on the next
// session's running order, and the public board naming nobody who did not consent.
[Collection(SharedApps.Pages)]
public class YouSaidWeDidPagesTests(RoundtableApp app)
{
    // A community with a co-lead, a facilitator and a member; session 1 a week ago, session 2 to come.
    private async Task<(Community Community, Person CoLead, Person Facilitator, Person Member, Session Next)> CommunityAsync()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        var facilitator = await app.CreatePersonAsync("Fola Facilitator");
        var member = await app.CreatePersonAsync("Mina Member");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        await app.JoinAsync(community, facilitator, CommunityRole.Facilitator);
        await app.JoinAsync(community, member);
        await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var next = await app.CreateSessionAsync(community, app.Today.AddDays(21));
        return (community, coLead, facilitator, member, next);
    }

    [Fact]
    public async Task Post_NotUpheldWithoutAReason_SaysSoBesideTheReasonKeepingTheChoice()
    {
        var (community, coLead, _, _, _) = await CommunityAsync();
        var ask = await app.AskAsync(community, coLead, "Evening sessions");
        var browser = await app.BrowserForAsync(coLead);

        using var response = await browser.SubmitAsync(AskPath(community, ask), new Dictionary<string, string> { ["Input.Status"] = "NotUpheld", ["Input.Reason"] = " " }, "#update-ask");

        var page = await response.ToDocumentAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Say why it is not upheld", page.ErrorFor("Input_Reason"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.Status'][value='NotUpheld']")!.IsChecked);
        Assert.Equal(AskStatus.Open, (await app.AskNowAsync(ask)).Status);
    }

    [Fact]
    public async Task Post_SomeoneElseChangedItFirst_ShowsTheirChangeAndKeepsBoth()
    {
        var (community, coLead, _, _, _) = await CommunityAsync();
        var ask = await app.AskAsync(community, coLead, "Slides a week before");
        var browser = await app.BrowserForAsync(coLead);
        var form = (await browser.GetDocumentAsync(AskPath(community, ask))).Form("#update-ask");
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.ChangeAskAsync(community, ask, coLead, AskStatus.NotUpheld, "We do not have the slides that early");

        using var response = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Done" });

        var page = await response.ToDocumentAsync();
        Assert.Contains("marked it ‘Not upheld’", page.GetElementById("meanwhile")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We do not have the slides that early", page.GetElementById("meanwhile")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AskStatus.NotUpheld, (await app.AskNowAsync(ask)).Status);
    }

    [Fact]
    public async Task Post_NewRequestTwice_MakesOne()
    {
        var (community, _, facilitator, _, _) = await CommunityAsync();
        var browser = await app.BrowserForAsync(facilitator);
        var form = (await browser.GetDocumentAsync($"{LedgerPath(community)}/new")).Form("#new-ask");
        var typed = new Dictionary<string, string> { ["Input.Words"] = "A hearing loop in the room" };

        using var first = await browser.SubmitAsync(form, typed);
        using var second = await browser.SubmitAsync(form, typed);

        Assert.Equal((302, 302), ((int)first.StatusCode, (int)second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Asks.CountAsync(a => a.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_NotUpheld_IsOnTheNextSessionsRunningOrderUntilAFacilitatorAcknowledgesIt()
    {
        var (community, coLead, facilitator, member, next) = await CommunityAsync();
        var ask = await app.AskAsync(community, coLead, "Evening sessions");
        var lead = await app.BrowserForAsync(coLead);
        using var saved = await lead.SubmitAsync(
            AskPath(community, ask), new Dictionary<string, string> { ["Input.Status"] = "NotUpheld", ["Input.Reason"] = "The venue closes at five" }, "#update-ask");
        var sessionPath = $"/communities/{community.Slug}/sessions/{next.Number}";

        var asMember = await (await app.BrowserForAsync(member)).GetDocumentAsync(sessionPath);
        var browser = await app.BrowserForAsync(facilitator);
        var before = await browser.GetDocumentAsync(sessionPath);
        var after = await browser.FollowAsync(await browser.SubmitAsync(before.Form("#acknowledgement-list form")));

        Assert.Equal("What we heard and what we have changed", asMember.GetElementById("acknowledgements-heading")!.TextContent.Trim());
        Assert.Contains("The venue closes at five", asMember.GetElementById("acknowledgement-list")!.TextContent, StringComparison.Ordinal);
        Assert.Null(asMember.QuerySelector("#acknowledgement-list form"));
        Assert.Equal("Acknowledged at this session.", after.Notice());
        Assert.Contains("Acknowledged", after.QuerySelector("#acknowledgement-list .nhsuk-tag--green")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await app.AskNowAsync(ask)).Changes.Single(c => c.To == AskStatus.NotUpheld).AcknowledgedAt);
    }

    [Fact]
    public async Task Get_PublicBoard_SignedOut_NamesNobodyWhoDidNotConsent()
    {
        var (community, coLead, _, member, _) = await CommunityAsync();
        var quoted = await app.CreatePersonAsync("Quinn Quoted");
        await app.JoinAsync(community, quoted);
        await app.WithDbAsync(db => db.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == quoted.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.QuoteConsent, QuoteConsent.ByName).SetProperty(m => m.Naming, Naming.FullName)));
        await app.WithDbAsync(db => db.Communities.Where(c => c.Id == community.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.AskBoardIsPublic, true)));
        var session = await app.WithDbAsync(db => db.Sessions.FirstAsync(s => s.CommunityId == community.Id && s.Number == 1));
        await app.AskAsync(community, coLead, null, await app.SayAsync(session, member, "Captions on every video"));
        await app.AskAsync(community, coLead, null, await app.SayAsync(session, quoted, "A map of local services"));

        var board = await app.CreateBrowser().GetDocumentAsync($"{LedgerPath(community)}/board");

        var lines = board.QuerySelectorAll("#asks li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, l => l.Contains("Captions on every video", StringComparison.Ordinal) && l.Contains("Asked in the community", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("A map of local services", StringComparison.Ordinal) && l.Contains("Asked by Quinn Quoted", StringComparison.Ordinal));
        Assert.DoesNotContain("Mina", board.Body!.TextContent, StringComparison.Ordinal);
    }
}
