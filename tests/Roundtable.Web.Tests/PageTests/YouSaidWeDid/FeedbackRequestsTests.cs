using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Doors;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Connections;
using Roundtable.Web.Tests.PageTests.Themes;

namespace Roundtable.Web.Tests.PageTests.YouSaidWeDid;

// The joins between the ledger and what happens after a session: a feedback answer or a
// contribution on the facilitators' console turned into a request (a next action kept private
// never shows), the acknowledgement list on the running order being planned, and a connection made
// at a preparation meeting recorded through the API.
[Collection(SharedApps.Pages)]
public class FeedbackRequestsTests(RoundtableApp app)
{
    private static async Task<SessionFeedback> AnswerAsync(RoundtableApp app, Session session, Person person, string? useful, string? nextAction, bool shared)
    {
        await app.CameAsync(session, person);
        FeedbackResult result = null!;
        await app.WithScopeAsync(async services => result = await services.GetRequiredService<NextActions>()
            .AnswerAsync(session.Id, person.Id, new NextActions.Answer(useful, nextAction, shared)));
        return result.Answer!;
    }

    [Fact]
    public async Task MakeThisARequest_FromAnAnswer_TheirWordsPutDownOnlyAsTheyConsented_PrivateNextActionsNeverShown()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fen Facilitator", CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var byRole = await app.MemberAsync(community, "Rhi Role", choose: m => (m.QuoteConsent, m.JobRole) = (QuoteConsent.ByRole, "Carer"));
        var unnamed = await app.MemberAsync(community, "Nia Nobody", choose: m => m.QuoteConsent = QuoteConsent.NotQuoted);
        var answer = await AnswerAsync(app, session, byRole, "Please keep the sessions online", "Ring the carers' forum", shared: true);
        await AnswerAsync(app, session, unnamed, "The stories from carers", "Tell my manager privately", shared: false);
        var browser = await app.BrowserForAsync(facilitator);

        var list = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/1/feedback/answers");
        var form = await browser.GetDocumentAsync($"/communities/{community.Slug}/you-said-we-did/new?answer={answer.Id}");
        using var posted = await browser.SubmitAsync(
            $"/communities/{community.Slug}/you-said-we-did/new?answer={answer.Id}", new Dictionary<string, string>(), "#new-ask");

        var text = list.QuerySelector("#feedback-answers")!.TextContent;
        Assert.Contains("Ring the carers' forum", text);
        Assert.Contains("Carer", text);
        Assert.DoesNotContain("Tell my manager privately", text);
        Assert.DoesNotContain("Nia", text);
        Assert.DoesNotContain("Rhi", text);
        Assert.Equal(2, list.QuerySelectorAll("#feedback-answers a[href*='you-said-we-did/new?answer=']").Length);
        Assert.Equal("Please keep the sessions online", form.QuerySelector("#Input_Words")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        var ask = await app.WithDbAsync(db => db.Asks.AsNoTracking().SingleAsync(a => a.CommunityId == community.Id));
        Assert.Equal(("Please keep the sessions online", AskSource.FeedbackAnswer, answer.Id, byRole.Id), (ask.Words, ask.Source, ask.FeedbackAnswerId, ask.AskerId));
        var api = await app.ApiClientForAsync(facilitator);
        var (_, summary, _) = await api.GetJsonAsync($"/api/v1/communities/{community.Slug}/you-said-we-did/{ask.Id}");
        Assert.Equal("Carer", summary.GetProperty("ask").GetProperty("askedBy").GetString());
    }

    // The same answer, whose only words are a next action its author kept private, through both
    // doors: neither takes its words, each says so against the request's words.
    [Fact]
    public async Task Post_FromAnAnswerWithOnlyAPrivateNextAction_BothDoorsRefuseWithTheSameWords()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Cleo Colead", CommunityRole.CoLead);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var member = await app.MemberAsync(community, "Mo Member");
        var answer = await AnswerAsync(app, session, member, useful: null, "Tell my manager privately", shared: false);
        var browser = await app.BrowserForAsync(coLead);
        var api = await app.ApiClientForAsync(coLead);

        using var page = await browser.SubmitAsync(
            $"/communities/{community.Slug}/you-said-we-did/new?answer={answer.Id}", new Dictionary<string, string>(), "#new-ask");
        var (response, problem) = await api.PostJsonAsync(
            $"/api/v1/communities/{community.Slug}/you-said-we-did", new { source = "FeedbackAnswer", feedbackAnswerId = answer.Id });

        await TwoDoors.PageSaysAsync(page, "Input_Words", "Enter what was asked");
        TwoDoors.ApiSays(response, problem, "words", "Enter what was asked");
        Assert.False(await app.WithDbAsync(db => db.Asks.AnyAsync(a => a.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Get_ConsoleAndRunningOrder_FacilitatorCanMakeARequestFromWhatWasSaid_AndSeesWhatIsToBeAcknowledgedNext()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Cleo Colead", CommunityRole.CoLead);
        var last = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var next = await app.CreateSessionAsync(community, app.Today.AddDays(21));
        var said = await app.SayAsync(last, coLead, "Evening sessions, please");
        var ask = await app.AskAsync(community, coLead, "Move the sessions to evenings");
        await app.ChangeAskAsync(community, ask, coLead, AskStatus.NotUpheld, reason: "The venue closes at five");
        var browser = await app.BrowserForAsync(coLead);

        var console = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/{last.Number}/room/console");
        var plan = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/{next.Number}/running-order");

        Assert.Equal($"/communities/{community.Slug}/you-said-we-did/new?contribution={said}", console.QuerySelector($"#c-{said} a.rt-make-request")?.GetAttribute("href"));
        var item = Assert.Single(plan.QuerySelectorAll("#acknowledgement-list li"));
        Assert.Contains("Move the sessions to evenings", item.TextContent);
        Assert.Contains("The venue closes at five", item.TextContent);
        Assert.Empty(plan.QuerySelectorAll("#acknowledgement-list form"));
        Assert.Equal($"/communities/{community.Slug}/sessions/{next.Number}", plan.QuerySelector("#acknowledge-on-session-page")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_ConnectionAtAPreparationMeeting_ApiRecordsItThere_AndTheSameNumberAsASessionIsRefused()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator, livedExpertGroup: true);
        var member = await app.MemberAsync(community, "Mo Member");
        var meeting = await app.CreateSessionAsync(community, app.Today.AddDays(-3), SessionKind.PreparationMeeting);
        var api = await app.ApiClientForAsync(facilitator);
        object Connection(string? meetingKind) => new
        {
            from = new { kind = "Member", personId = member.Id }, to = new { kind = "Named", name = "Carers' Hub" },
            why = "Carers' Hub wants to hear from families", sessionNumber = meeting.Number, meetingKind,
        };

        var (created, connection) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/connections", Connection("PreparationMeeting"));
        var (refused, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/connections", Connection(null));

        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"Preparation meeting {meeting.Number}", connection.GetProperty("madeAt").GetString());
        TwoDoors.ApiSays(refused, problem, "sessionNumber", $"There is no session {meeting.Number} in this community");
        var sessionIds = await app.WithDbAsync(db => db.Connections.Where(c => c.CommunityId == community.Id).Select(c => c.SessionId).ToListAsync());
        Assert.Equal([meeting.Id], sessionIds);
    }
}
