using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

[Collection(SharedApps.Sessions)]
public class SessionListTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_List_PutsSessionsComingUpSoonestFirstAndPastOnesLatestFirst()
    {
        var community = await app.CreateCommunityAsync();
        var (third, fourth) = (app.Today.AddDays(48), app.Today.AddDays(111));
        await app.CreateSessionAsync(community, app.Today.AddDays(-134), topic: "First");
        await app.CreateSessionAsync(community, app.Today.AddDays(-71), topic: "Second");
        await app.CreateSessionAsync(community, fourth, topic: "Fourth");
        await app.CreateSessionAsync(community, third, topic: "Third", format: SessionFormat.InPerson);

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        var upcoming = page.QuerySelectorAll("#upcoming tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(
            [["Session 4", $"{TestClock.LongDate(third)}, 14:00 to 16:00", "Third", "In person"],
             ["Session 3", $"{TestClock.LongDate(fourth)}, 14:00 to 16:00", "Fourth", "Online"]],
            upcoming);
        Assert.Equal(["Session 2", "Session 1"], page.QuerySelectorAll("#past tbody tr th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_List_TagsACancelledSession()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(48));
        await app.CreateSessionAsync(community, app.Today.AddDays(111));
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
        await app.CreateSessionAsync(community, app.Today.AddDays(111));
        await app.CreateSessionAsync(community, app.Today.AddDays(48));
        await app.CreateSessionAsync(community, app.Today.AddDays(83), SessionKind.PreparationMeeting);

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
        await app.CreateSessionAsync(community, app.Today.AddDays(-8));

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal("No more sessions are planned yet.", page.GetElementById("no-upcoming")?.TextContent.Trim());
        Assert.Equal(["Session 1"], page.QuerySelectorAll("#past tbody tr th a").Select(a => a.TextContent.Trim()));
    }
}
