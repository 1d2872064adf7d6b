using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;
using static Roundtable.Web.Tests.PageTests.Breakouts.BreakoutsTestData;

namespace Roundtable.Web.Tests.PageTests.Breakouts;

// Someone's own breakout group: its number, its chair and the others in it, each named as they
// chose, and nothing of any other group.
[Collection(SharedApps.Sessions)]
public class MyBreakoutTests(RoundtableApp app)
{
    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Group 1: Priya, chaired by Chris (first name only), with one person not named and one by role;
    // group 2: Otto on his own.
    private async Task<(Community Community, Session Session, List<Person> People)> TwoGroupsAsync()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83), topic: "Good days and bad days");
        var people = await app.BookAsync(community, session,
        [
            new Someone("Priya Participant", [Lived]),
            new Someone("Chris Chairperson", [Health], Role: CommunityRole.Facilitator, Naming: Naming.FirstName),
            new Someone("Hidden Name", [Family], Naming: Naming.NotNamed),
            new Someone("Rhona Role", [SocialCare], Naming: Naming.RoleOnly, JobRole: "Social worker"),
            new Someone("Otto Othergroup", [Adhd]),
            new Someone("Nadia Notgrouped", [Lived]),
        ]);
        await app.AddBreakoutGroupAsync(session, 1, people[1], people[0], people[1], people[2], people[3]);
        await app.AddBreakoutGroupAsync(session, 2, people[4], people[4]);
        return (community, session, people);
    }

    [Fact]
    public async Task Get_AsAParticipant_ShowsTheirGroupAndChairWithOthersNamedAsTheyChose()
    {
        var (community, session, people) = await TwoGroupsAsync();

        var page = await (await app.BrowserForAsync(people[0])).GetDocumentAsync(MinePath(community, session));

        Assert.Equal("Your breakout group", page.Heading());
        Assert.Contains("session 1, Good days and bad days", Text(page.QuerySelector(".nhsuk-caption-l")), StringComparison.Ordinal);
        Assert.Equal("You are in group 1", Text(page.GetElementById("your-breakout-group")));
        Assert.Equal("Chris", Text(page.GetElementById("your-breakout-chair")));
        Assert.Equal(["Social worker", "A member who prefers not to be named"], page.QuerySelectorAll("#your-breakout-others li").Select(Text));
        var text = Text(page.QuerySelector("main"));
        Assert.DoesNotContain("Chairperson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Name", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhona", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsTheChair_SaysTheyChairAndListsEveryoneElse()
    {
        var (community, session, people) = await TwoGroupsAsync();

        var page = await (await app.BrowserForAsync(people[1])).GetDocumentAsync(MinePath(community, session));

        Assert.Equal("You are the chair", Text(page.GetElementById("your-breakout-chair")));
        Assert.Equal(["Priya Participant", "Social worker", "A member who prefers not to be named"], page.QuerySelectorAll("#your-breakout-others li").Select(Text));
        Assert.Contains("You are the chair. You help everyone in the group to be heard", Text(page.QuerySelector("main")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AloneInAGroup_SaysNobodyElseYet()
    {
        var (community, session, people) = await TwoGroupsAsync();

        var page = await (await app.BrowserForAsync(people[4])).GetDocumentAsync(MinePath(community, session));

        Assert.Equal("You are in group 2", Text(page.GetElementById("your-breakout-group")));
        Assert.Null(page.GetElementById("your-breakout-others"));
        Assert.Contains("Nobody else yet.", Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", Text(page.QuerySelector("main")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NotInAGroup_SaysSoAndNamesNobody()
    {
        var (community, session, people) = await TwoGroupsAsync();
        var member = await app.CreatePersonAsync("Member Notbooked");
        await app.JoinAsync(community, member);

        var booked = await (await app.BrowserForAsync(people[5])).GetDocumentAsync(MinePath(community, session));
        var notBooked = await (await app.BrowserForAsync(member)).GetDocumentAsync(MinePath(community, session));

        Assert.All([booked, notBooked], page =>
        {
            Assert.Equal("You are not in a breakout group for this session.", Text(page.GetElementById("your-breakout")));
            Assert.Null(page.GetElementById("your-breakout-group"));
        });
    }

    [Fact]
    public async Task Get_ForASessionThatDoesNotExist_IsNotFound()
    {
        var (community, _, people) = await TwoGroupsAsync();

        using var response = await (await app.BrowserForAsync(people[0])).GetAsync($"/communities/{community.Slug}/sessions/9/my-breakout");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
