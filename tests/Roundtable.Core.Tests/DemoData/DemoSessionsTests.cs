using Roundtable.Core.Data.Entities;
using Roundtable.Core.DemoData;

namespace Roundtable.Core.Tests.DemoData;

// The demo's meetings are laid from the day it is loaded, so its story holds on any day.
public class DemoSessionsTests
{
    public static TheoryData<DateOnly> Days() =>
    [
        new(2026, 11, 21),
        new(2026, 12, 11), // a second Friday: Brackenmouth's rhythm falls today
        new(2026, 12, 12),
        new(2027, 1, 1),
        new(2027, 3, 28), // the clocks go forward
        new(2028, 2, 29),
        new(2031, 6, 15),
    ];

    [Theory]
    [MemberData(nameof(Days))]
    public void Dated_OnAnyDay_PastSessionsWithTurnoutAreBeforeTodayAndTheNextIsAfter(DateOnly today)
    {
        Assert.All(DemoSessions.All, plan =>
        {
            var dated = plan.Dated(today);

            Assert.Equal(dated.Select(d => d.Date).Order(), dated.Select(d => d.Date));
            Assert.All(dated.Where(d => d.Meeting.Turnout is not null), d => Assert.True(d.Date < today, $"{plan.Slug}: {d.Date} has a turnout but is not past"));
            Assert.All(dated.Where(d => d.Meeting.SignUps > 0 || d.Meeting.Day.MonthsFromNext >= 0), d => Assert.True(d.Date > today, $"{plan.Slug}: {d.Date} is planned but not to come"));
        });
    }

    [Fact]
    public void Dated_Brackenmouth_FivePastSessionsThenTheNextOnASecondFridayWithPreparationMeetingsBetween()
    {
        var today = new DateOnly(2026, 11, 21);

        var dated = DemoSessions.All.Single(p => p.Slug == "brackenmouth-ld-autism").Dated(today);

        var sessions = dated.Where(d => d.Meeting.Kind == SessionKind.Session).Select(d => d.Date).ToList();
        Assert.Equal(5, sessions.Count(d => d < today));
        // The first second Friday after 21 November 2026 is 11 December.
        Assert.Equal(new DateOnly(2026, 12, 11), sessions.First(d => d > today));
        var preparation = dated.Where(d => d.Meeting.Kind == SessionKind.PreparationMeeting).Select(d => d.Date).ToList();
        Assert.Equal(4, preparation.Count);
        Assert.All(preparation, p => Assert.Contains(sessions, s => (s.AddMonths(-1).Year, s.AddMonths(-1).Month) == (p.Year, p.Month)));
    }

    [Fact]
    public void Dated_OnTheDayOfThePattern_TheNextSessionIsTheOneAfter()
    {
        // 11 December 2026 is a second Friday: a session today is not "to come".
        var dated = DemoSessions.All.Single(p => p.Slug == "brackenmouth-ld-autism").Dated(new DateOnly(2026, 12, 11));

        Assert.Equal(new DateOnly(2027, 1, 8), dated.Single(d => d.Meeting.Day.MonthsFromNext == 0).Date);
    }
}
