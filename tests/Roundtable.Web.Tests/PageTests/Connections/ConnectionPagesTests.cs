using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Connections;

// Feedback, next actions, connections and offers through the pages, as a browser without
// JavaScript posts them.
[Collection(SharedApps.Pages)]
public class ConnectionPagesTests(RoundtableApp app)
{
    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Get_SessionPageAfterIt_CountsRespondentsWithANextActionAndConnectionsBrokered()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Cleo Colead", CommunityRole.CoLead);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var people = new List<Person>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await app.MemberAsync(community, $"Person {i}"));
        }

        await app.CameAsync(session, [.. people]);
        for (var i = 0; i < 3; i++)
        {
            using var answered = await (await app.BrowserForAsync(people[i])).SubmitAsync(
                $"/communities/{community.Slug}/sessions/1/feedback",
                new Dictionary<string, string> { ["Input.Useful"] = "The stories", ["Input.NextAction"] = i < 2 ? $"Action {i}" : "" });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, answered.StatusCode);
        }

        await app.ConnectionAsync(community, people[0], coLead);
        await app.WithDbAsync(db => db.Connections.Where(c => c.CommunityId == community.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.SessionId, session.Id)));

        var page = await (await app.BrowserForAsync(people[2])).GetDocumentAsync($"/communities/{community.Slug}/sessions/1");

        Assert.Equal("2 of 3 respondents named a next action", Text(page.QuerySelector("#next-action-count")));
        Assert.Equal("1 connection brokered", Text(page.QuerySelector("#connections-brokered")));
    }

    [Fact]
    public async Task Post_FeedbackTwice_KeepsOneAnswer_AndATooLongNextActionIsSaidBesideItWithWhatWasTypedKept()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.CameAsync(session, member);
        var browser = await app.BrowserForAsync(member);
        var path = $"/communities/{community.Slug}/sessions/1/feedback";

        using var first = await browser.SubmitAsync(path, new Dictionary<string, string> { ["Input.NextAction"] = "Call the forum", ["Input.Shared"] = "True" });
        using var second = await browser.SubmitAsync(path, new Dictionary<string, string> { ["Input.Done"] = "true", ["Input.Outcome"] = "They came to our meeting" });
        var tooLong = new string('a', 501);
        using var bad = await browser.SubmitAsync(path, new Dictionary<string, string> { ["Input.NextAction"] = tooLong });

        var answer = Assert.Single(await app.WithDbAsync(db => db.SessionFeedback.Where(f => f.SessionId == session.Id).ToListAsync()));
        Assert.Equal(("Call the forum", true, "They came to our meeting"), (answer.NextAction, answer.NextActionDoneAt is not null, answer.Outcome));
        var page = await bad.ToDocumentAsync();
        Assert.Equal("Your next action must be 500 characters or fewer (you have 501)", page.ErrorFor("Input_NextAction"));
        Assert.Equal(tooLong, page.QuerySelector<IHtmlTextAreaElement>("#Input_NextAction")!.Value);
    }

    [Fact]
    public async Task Post_InterestThenConnect_TheOffererIsTakenToTheConnectionWithBothNamedAsTheyChose()
    {
        var community = await app.CreateCommunityAsync();
        var offerer = await app.MemberAsync(community, "Olu Offerer", choose: m => m.Naming = Naming.FullName);
        var keen = await app.MemberAsync(community, "Kit Keen");
        var offer = await app.OfferAsync(community, offerer);
        var path = $"/communities/{community.Slug}/offers/{offer.Id}";

        using var interested = await (await app.BrowserForAsync(keen)).SubmitAsync(path, new Dictionary<string, string> { ["Note"] = "We start next year" });
        var browser = await app.BrowserForAsync(offerer);
        var page = await browser.GetDocumentAsync(path);
        Assert.Equal("Kit", Text(page.QuerySelector("#interested li strong")));
        Assert.Contains("We start next year", Text(page.QuerySelector("#interested li")), StringComparison.Ordinal);
        using var connected = await browser.SubmitAsync(page.Form("#interested form"));
        var connection = await browser.FollowAsync(connected);

        Assert.Equal("Olu Offerer and Kit", connection.Heading());
        Assert.Contains("We start next year", Text(connection.QuerySelector("#connection")), StringComparison.Ordinal);
    }
}
