using AngleSharp.Dom;
using Roundtable.Core.Attendance;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.PageTests.Communities;

// The community page's "Sessions" part, for members: the next session, where to find them all,
// and attendance so far in one line.
[Collection(SharedApps.Sessions)]
public class CommunitySessionsTests(RoundtableApp app)
{
    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<HttpClient> BrowserAsync(Community community, CommunityRole role = CommunityRole.Member)
    {
        var person = await app.CreatePersonAsync($"Someone {role}");
        await app.JoinAsync(community, person, role);
        return await app.BrowserForAsync(person);
    }

    private Task<int> CancelAsync(Session session) =>
        app.WithDbAsync(async db =>
        {
            var saved = await db.Sessions.FindAsync(session.Id);
            saved!.Status = SessionStatus.Cancelled;
            saved.CancelledAt = app.Clock.GetUtcNow();
            saved.CancelReason = "Snow.";
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Get_AsAMember_ShowsTheNextSessionStillToHappenWithItsTopicAndLink()
    {
        var community = await app.CreateCommunityAsync();
        var next = app.Today.AddDays(83);
        await app.CreateSessionAsync(community, app.Today.AddDays(-8), topic: "Already happened");
        var cancelled = await app.CreateSessionAsync(community, app.Today.AddDays(20), topic: "Called off");
        await CancelAsync(cancelled);
        await app.CreateSessionAsync(community, app.Today.AddDays(48), SessionKind.PreparationMeeting, topic: "Getting ready");
        await app.CreateSessionAsync(community, next, topic: "Making reasonable adjustments visible");
        await app.CreateSessionAsync(community, app.Today.AddDays(139), topic: "Later on");
        var member = await BrowserAsync(community);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}");

        var part = page.GetElementById("sessions")!;
        Assert.Equal("Sessions", Text(part.QuerySelector("h2")));
        Assert.Equal(
            $"The next session is Session 3, on {TestClock.LongDate(next)}, 14:00 to 16:00: Making reasonable adjustments visible",
            Text(part.QuerySelector("#next-session")));
        Assert.Equal($"/communities/{community.Slug}/sessions/3", part.QuerySelector("#next-session a")?.GetAttribute("href"));
        var links = part.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/communities/{community.Slug}/sessions", $"/communities/{community.Slug}/attendance"], links);
        Assert.Null(part.QuerySelector("#attendance-summary"));
    }

    [Fact]
    public async Task Get_AsACoLead_AlsoOffersToPlanASeries()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await BrowserAsync(community, CommunityRole.CoLead);

        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal("No sessions are planned yet.", Text(page.GetElementById("next-session")));
        Assert.NotNull(page.QuerySelector($"#sessions a[href='/communities/{community.Slug}/sessions/plan']"));
    }

    [Fact]
    public async Task Get_AsSomeoneNotAMember_ShowsNoSessionsPart()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateSessionAsync(community, app.Today.AddDays(83), topic: "Members only here");
        var outsider = await app.BrowserForAsync(await app.CreatePersonAsync("Outsider"));

        var anonymous = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");
        var nonMember = await outsider.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.All([anonymous, nonMember], page =>
        {
            Assert.Null(page.GetElementById("sessions"));
            Assert.DoesNotContain("Members only here", page.Body!.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Get_AfterTwoSessions_SaysHowManyCameAndHowManyCameBack()
    {
        var community = await app.CreateCommunityAsync();
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(-71));
        var second = await app.CreateSessionAsync(community, app.Today.AddDays(-8));
        await app.CreateSessionAsync(community, app.Today.AddDays(48));
        var people = await app.MembersAsync(community, 45, "Attendee");
        // 42 at session 1; at session 2, 38 of them came back, with 3 new members and 2 guests.
        await app.RecordAttendanceAsync(first, people.Take(42));
        await app.RecordAttendanceAsync(second, people.Take(38).Concat(people.Skip(42)), guests: 2);
        var member = await BrowserAsync(community);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal("43 came to session 2. 38 of the 42 at session 1 came back.", Text(page.GetElementById("attendance-summary")));
    }

    [Fact]
    public async Task Get_AfterTheFirstSession_SaysHowManyCame()
    {
        var community = await app.CreateCommunityAsync();
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(-8));
        await app.RecordAttendanceAsync(first, await app.MembersAsync(community, 2, "Early"), guests: 1);
        var member = await BrowserAsync(community);

        var page = await member.GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Equal("3 came to session 1.", Text(page.GetElementById("attendance-summary")));
    }

    [Theory]
    [InlineData(1, 1, "5 came to session 3. The 1 person at session 2 came back.")]
    [InlineData(0, 1, "5 came to session 3. The 1 person at session 2 did not come back.")]
    [InlineData(0, 4, "5 came to session 3. 0 of the 4 at session 2 came back.")]
    public void AttendanceSummary_ReadsWellForAnyCount(int came, int of, string expected)
    {
        var now = TestClock.Start;
        SessionFigures Figures(int number, int members, Held? held, int daysAgo) =>
            new(Guid.NewGuid(), number, now.AddDays(-daysAgo), members, 0, 0, 0, held, held);
        var figures = new[]
        {
            Figures(2, of, null, 60),
            Figures(3, 5, new Held(came, of, 2), 1),
            // Still to come, so not counted even if something was recorded against it.
            Figures(4, 9, new Held(1, 5, 3), -30),
        };

        Assert.Equal(expected, Roundtable.Web.Pages.Communities.Sessions.SessionsView.AttendanceSummary(figures, now));
    }
}

