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

namespace Roundtable.Web.Tests.PageTests.YouSaidWeDid;

// A feedback answer turned into a request: the facilitators' list of a session's answers, "Make
// this a request" from it, and the API doing the same. A next action kept private never shows.
public class FeedbackRequestsTests(RoundtableApp app) : IClassFixture<RoundtableApp>
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
}
