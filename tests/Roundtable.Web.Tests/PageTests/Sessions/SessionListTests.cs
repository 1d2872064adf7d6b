using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

public class SessionListTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Get_List_PutsSessionsComingUpSoonestFirstAndPastOnesLatestFirst()
    {
        // The test clock is 21 November 2026.
        var community = await app.CreateCommunityAsync();
        await app.CreateSessionAsync(community, new DateOnly(2026, 7, 10), topic: "First");
        await app.CreateSessionAsync(community, new DateOnly(2026, 9, 11), topic: "Second");
        await app.CreateSessionAsync(community, new DateOnly(2027, 3, 12), topic: "Fourth");
        await app.CreateSessionAsync(community, new DateOnly(2027, 1, 8), topic: "Third", format: SessionFormat.InPerson);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        var upcoming = page.QuerySelectorAll("#upcoming tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(
            [["Session 4", "Friday 8 January 2027, 14:00 to 16:00", "Third", "In person"],
             ["Session 3", "Friday 12 March 2027, 14:00 to 16:00", "Fourth", "Online"]],
            upcoming);
        Assert.Equal(["Session 2", "Session 1"], page.QuerySelectorAll("#past tbody tr th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_List_TagsACancelledSession()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, new DateOnly(2027, 1, 8));
        await app.CreateSessionAsync(community, new DateOnly(2027, 3, 12));
        await app.WithDbAsync(async db =>
        {
            (await db.Sessions.FindAsync(session.Id))!.Status = SessionStatus.Cancelled;
            return await db.SaveChangesAsync();
        });

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        var tags = page.QuerySelectorAll("#upcoming tbody tr").Select(r => r.QuerySelector(".nhsuk-tag")?.TextContent.Trim()).ToList();
        Assert.Equal(["Cancelled", null], tags);
    }

    [Fact]
    public async Task Get_List_ForTheGroup_InterleavesPreparationMeetingsByDate()
    {
        var (community, _, expert) = await app.CommunityWithAsync(CommunityRole.Member, livedExpertGroup: true);
        await app.CreateSessionAsync(community, new DateOnly(2027, 3, 12));
        await app.CreateSessionAsync(community, new DateOnly(2027, 1, 8));
        await app.CreateSessionAsync(community, new DateOnly(2027, 2, 12), SessionKind.PreparationMeeting);

        var page = await expert.GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal(["Session 2", "Preparation meeting 1", "Session 1"],
            page.QuerySelectorAll("#upcoming tbody tr th a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_List_WithNoSessions_SaysNoneArePlanned()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal("No sessions are planned yet.", page.GetElementById("no-upcoming")?.TextContent.Trim());
        Assert.Null(page.GetElementById("past"));
    }

    [Fact]
    public async Task Get_List_WithOnlyPastSessions_SaysNoMoreArePlanned()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateSessionAsync(community, new DateOnly(2026, 11, 13));

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal("No more sessions are planned yet.", page.GetElementById("no-upcoming")?.TextContent.Trim());
        Assert.Equal(["Session 1"], page.QuerySelectorAll("#past tbody tr th a").Select(a => a.TextContent.Trim()));
    }
}
