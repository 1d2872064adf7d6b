using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.DemoData;
using Roundtable.Core.Reports;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

// The demo communities, laid from the day the database is made: whatever that day, each has met
// and has its next session to come.
public class DemoDataTests(DemoDataTests.LaidToday app) : IClassFixture<DemoDataTests.LaidToday>
{
    // The demo laid once today, for the tests that only read it: laying it takes seconds.
    public sealed class LaidToday : RoundtableApp
    {
        public LaidToday() => Settings["App:LoadDemoData"] = "true";
    }

    [Fact]
    public async Task DemoData_ShowsALivingCommunity()
    {
        var brackenmouth = await app.WithDbAsync(db => db.Communities.SingleAsync(c => c.Slug == "brackenmouth-ld-autism"));
        var (versions, priorities, overdue, subGroups, identities) = await app.WithDbAsync(async db => (
            await db.CharterVersions.CountAsync(v => v.CommunityId == brackenmouth.Id),
            await db.IdentityOptions.Where(o => o.CommunityId == brackenmouth.Id && o.IsPriority).Select(o => o.Name).OrderBy(n => n).ToListAsync(),
            await db.ToBeConfirmed.CountAsync(t => t.CommunityId == brackenmouth.Id && t.DueOn < app.Today),
            await db.SubGroups.CountAsync(g => g.CommunityId == brackenmouth.Id),
            await db.MemberIdentities.CountAsync(i => i.Membership.CommunityId == brackenmouth.Id)));

        var (second, heldFromFirst, preparation) = await app.WithDbAsync(async db =>
        {
            var sessions = db.Sessions.Where(s => s.CommunityId == brackenmouth.Id && s.Kind == SessionKind.Session);
            var first = await sessions.SingleAsync(s => s.Number == 1);
            var secondSession = await sessions.SingleAsync(s => s.Number == 2);
            var cameToFirst = db.Attendance.Where(a => a.SessionId == first.Id).Select(a => a.PersonId);
            return (
                await db.Attendance.CountAsync(a => a.SessionId == secondSession.Id),
                await db.Attendance.CountAsync(a => a.SessionId == secondSession.Id && cameToFirst.Contains(a.PersonId)),
                await db.Sessions.CountAsync(s => s.CommunityId == brackenmouth.Id && s.Kind == SessionKind.PreparationMeeting));
        });

        var nextRunningOrder = await app.WithDbAsync(async db =>
        {
            var sixth = await db.Sessions.SingleAsync(s => s.CommunityId == brackenmouth.Id && s.Kind == SessionKind.Session && s.Number == 6);
            return await db.RunningOrderItems.Where(i => i.SessionId == sixth.Id).OrderBy(i => i.Position).ToListAsync();
        });

        // Every turnout in the demo plan is what the database holds, in every community.
        var planned = DemoSessions.All.SelectMany(plan => plan.Meetings
            .Where(m => m.Kind == SessionKind.Session)
            .Select((m, i) => (plan.Slug, Number: i + 1, Came: m.Turnout?.Attended ?? 0))).ToList();
        var held = await app.WithDbAsync(db => db.Sessions
            .Where(s => s.Kind == SessionKind.Session)
            .Select(s => new { s.Community.Slug, s.Number, Came = db.Attendance.Count(a => a.SessionId == s.Id) })
            .ToListAsync());
        Assert.Equal(planned.OrderBy(p => p.Slug).ThenBy(p => p.Number), held.Select(h => (h.Slug, h.Number, h.Came)).OrderBy(p => p.Slug).ThenBy(p => p.Number));

        Assert.Equal(2, versions);
        Assert.Equal(120, nextRunningOrder.Sum(i => i.Minutes));
        Assert.StartsWith("Wren", nextRunningOrder.Single(i => i.Kind == RunningOrderItemKind.Presentation).Presenter, StringComparison.Ordinal);
        // As the staff briefing after session 2: 43 came, most of them back from session 1.
        Assert.Equal(43, second);
        Assert.Equal(38, heldFromFirst);
        Assert.Equal(4, preparation);
        Assert.Equal(["Person from a black or brown community", "Staff: primary care"], priorities);
        Assert.Equal(1, overdue);
        Assert.Equal(2, subGroups);
        Assert.True(identities > 12);
        // As the seed's session 2: 7 of 10 respondents named a next action, two connections brokered,
        // and an offer with two people interested.
        var afterSecond = await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.CommunityId == brackenmouth.Id && s.Kind == SessionKind.Session && s.Number == DemoConnections.Session);
            return (
                await db.SessionFeedback.CountAsync(f => f.SessionId == session.Id && f.NextAction != null),
                await db.SessionFeedback.CountAsync(f => f.SessionId == session.Id),
                await db.Connections.CountAsync(c => c.SessionId == session.Id),
                await db.OfferInterests.CountAsync(i => i.Offer.CommunityId == brackenmouth.Id));
        });
        Assert.Equal((7, 10, 2, 2), afterSecond);
        // The demo's history is laid through the use cases, but tells none of its invented people about it.
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task DemoData_LastSessionHeard_OneDeepeningOneNew()
    {
        var brackenmouth = await app.WithDbAsync(db => db.Communities.SingleAsync(c => c.Slug == DemoThemes.Community));

        ThemeBook book = null!;
        await app.WithScopeAsync(async services => book = await services.GetRequiredService<CommunityThemes>().ReadAsync(brackenmouth.Id, null));

        var last = book.Sessions.Last(s => s.Kind == SessionKind.Session && book.HeardAt(s.Id).Count > 0);
        Assert.Equal("1 deepening, 1 new", book.SummaryAt(last.Id));

        // Session 2 is shaped like the seed's: three threads deepening from session 1, two new.
        var second = book.Sessions.Single(s => s.Kind == SessionKind.Session && s.Number == 2);
        Assert.Equal("3 deepening, 2 new", book.SummaryAt(second.Id));
        Assert.Equal(8, book.Themes.Count);

        // Its staff briefing, drafted from that data and published, has the seed's headline figures.
        var briefing = await app.WithDbAsync(db => db.ReportVersions.SingleAsync(v => v.Report.CommunityId == brackenmouth.Id && v.PublishedAt != null));
        Assert.Equal(
            ["43", "38", "2", "5"],
            CommunityReports.DocumentOf(briefing).Figures.Select(f => f.Value));

        // Both co-leads came, as they come to every meeting: one named as she chose, the other by role.
        var whatWeDid = CommunityReports.DocumentOf(briefing).Sections.Single(s => s.Heading == "What we did").Lines.Single().Text;
        Assert.Contains("Co-led by Nadia Achterberg and Consultant nurse, learning disabilities", whatWeDid);
        Assert.DoesNotContain("Whitlow", whatWeDid);

        // You said, we did: a request not upheld before the last session was acknowledged there;
        // one not upheld since waits, first, on the next session's running order.
        var now = app.Clock.GetUtcNow();
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.CommunityId == brackenmouth.Id && s.Kind == SessionKind.Session).ToListAsync());
        var lastHeld = sessions.Where(s => s.EndsAt <= now).MaxBy(s => s.StartsAt)!;
        var next = sessions.Where(s => s.StartsAt > now).MinBy(s => s.StartsAt)!;
        IReadOnlyList<Acknowledgement> atLast = [], atNext = [];
        await app.WithScopeAsync(async services =>
        {
            var acknowledgements = services.GetRequiredService<Acknowledgements>();
            atLast = await acknowledgements.ForSessionAsync(lastHeld, null);
            atNext = await acknowledgements.ForSessionAsync(next, null);
        });
        Assert.Equal([(AskStatus.NotUpheld, true)], atLast.Select(a => (a.Change.To, a.Acknowledged)));
        Assert.Equal((AskStatus.NotUpheld, false), (atNext[0].Change.To, atNext[0].Acknowledged));
        Assert.Equal(
            [AskStatus.InProgress, AskStatus.Done, AskStatus.NotUpheld, AskStatus.OutsideOurControl],
            atNext.Select(a => a.Change.To).Order());
    }

    public static TheoryData<string> Days() =>
    [
        "today",
        "the next second Friday, the day Brackenmouth meets",
        "the day after the next second Friday",
        "the next 29 February",
        "the next day the clocks go forward",
        "the next New Year's Eve",
    ];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task DemoData_LoadedOnAnyDay_EveryCommunityHasMetAndHasASessionToCome(string day)
    {
        // Today at midday is when the shared demo was laid; any other day lays its own.
        await using var laidThatDay = Day(day) == TestClock.Today ? null : new RoundtableApp { Settings = { ["App:LoadDemoData"] = "true" } };
        if (laidThatDay is not null)
        {
            laidThatDay.Clock.SetUtcNow(UkTimeZone.ToUtc(Day(day), new TimeOnly(12, 0)));
            await laidThatDay.StartAsync();
        }

        var demo = laidThatDay ?? app;
        var now = demo.Clock.GetUtcNow();

        var sessions = await demo.WithDbAsync(db => db.Sessions
            .Select(s => new { s.Community.Slug, s.Kind, s.Number, s.StartsAt, Came = db.Attendance.Count(a => a.SessionId == s.Id), Booked = db.SignUps.Count(u => u.SessionId == s.Id) })
            .ToListAsync());

        Assert.All(sessions.GroupBy(s => s.Slug), community =>
        {
            var held = community.Where(s => s.Kind == SessionKind.Session).OrderBy(s => s.Number).ToList();
            Assert.Equal(held.Select(s => s.StartsAt).Order(), held.Select(s => s.StartsAt));
            Assert.All(held.Where(s => s.Came > 0), s => Assert.True(s.StartsAt < now, $"{community.Key} session {s.Number} has attendance but is still to come"));
            var next = held.First(s => s.StartsAt > now);
            Assert.True(next.Booked > 0, $"{community.Key}'s next session has nobody booked");
            Assert.Contains(held, s => s.Came > 0);
        });
        var brackenmouth = sessions.Where(s => s.Slug == "brackenmouth-ld-autism").OrderBy(s => s.StartsAt).ToList();
        Assert.Equal(5, brackenmouth.Count(s => s.Kind == SessionKind.Session && s.StartsAt < now));
        Assert.Equal(6, brackenmouth.First(s => s.Kind == SessionKind.Session && s.StartsAt > now).Number);
        // A preparation meeting in each month between two sessions, from the third session on.
        Assert.Equal(
            ["Session", "Session", "Session", "PreparationMeeting", "Session", "PreparationMeeting", "Session", "PreparationMeeting", "Session", "PreparationMeeting", "Session"],
            brackenmouth.Select(s => s.Kind.ToString()));
        var peer = sessions.Where(s => s.Slug == "peer-support-space").ToList();
        Assert.Equal((2, 2), (peer.Count(s => s.StartsAt < now), peer.Count(s => s.StartsAt > now)));
    }

    private static DateOnly Day(string day)
    {
        var today = TestClock.Today;
        var nextSecondFriday = Enumerable.Range(0, 3).Select(TestClock.MonthFromNow)
            .Select(m => TestClock.NthWeekday(m.Year, m.Month, DayOfWeek.Friday, 2)).First(d => d >= today);
        return day switch
        {
            "today" => today,
            "the next second Friday, the day Brackenmouth meets" => nextSecondFriday,
            "the day after the next second Friday" => nextSecondFriday.AddDays(1),
            "the next 29 February" => Enumerable.Range(today.Year, 9).Where(DateTime.IsLeapYear).Select(y => new DateOnly(y, 2, 29)).First(d => d >= today),
            "the next day the clocks go forward" => Enumerable.Range(today.Year, 2).Select(y => TestClock.NthWeekday(y, 3, DayOfWeek.Sunday, -1)).First(d => d >= today),
            "the next New Year's Eve" => new DateOnly(today.Year, 12, 31),
            _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
        };
    }
}
