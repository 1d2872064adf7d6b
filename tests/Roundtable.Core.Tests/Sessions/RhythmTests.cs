using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Tests.Sessions;

public class RhythmTests
{
    private static readonly MeetingTimes TwoToFour = new(new TimeOnly(14, 0), new TimeOnly(16, 0));
    private static readonly MeetingTimes PreparationTimes = new(new TimeOnly(10, 30), new TimeOnly(11, 30));
    private static readonly DateOnly Today = new(2026, 5, 1);

    // Seed 003: "future sessions will be happening quarterly", each Friday 2pm – 4pm.
    private static readonly DateOnly[] Quarterly = [new(2026, 6, 26), new(2026, 9, 18), new(2026, 12, 11), new(2027, 3, 5)];

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void EveryFewMonths_EveryTwoMonthsOnTheSecondFriday_GivesSessionsWithPreparationMeetingsBetween()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 4, TwoToFour, PreparationTimes, Today);

        Assert.True(plan.IsValid);
        Assert.Equal([new(2026, 6, 12), new(2026, 8, 14), new(2026, 10, 9), new DateOnly(2026, 12, 11)], plan.Sessions.Select(m => m.Date));
        Assert.Equal([new(2026, 7, 10), new(2026, 9, 11), new DateOnly(2026, 11, 13)], plan.PreparationMeetings.Select(m => m.Date));
        Assert.Equal(
            [SessionKind.Session, SessionKind.PreparationMeeting, SessionKind.Session, SessionKind.PreparationMeeting,
             SessionKind.Session, SessionKind.PreparationMeeting, SessionKind.Session],
            plan.Meetings.Select(m => m.Kind));
    }

    [Fact]
    public void EveryFewMonths_PreparationMeetings_HaveTheirOwnTimes()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 2, TwoToFour, PreparationTimes, Today);

        var preparation = Assert.Single(plan.PreparationMeetings);
        // 10 July 2026 is in British Summer Time: 10:30 in the UK is 09:30 UTC.
        Assert.Equal(Utc(2026, 7, 10, 9, 30), preparation.StartsAt);
        Assert.Equal(Utc(2026, 7, 10, 10, 30), preparation.EndsAt);
    }

    [Fact]
    public void EveryFewMonths_WithoutPreparationMeetings_GivesOnlySessions()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 4, TwoToFour, preparation: null, Today);

        Assert.Equal(4, plan.Meetings.Count);
        Assert.Empty(plan.PreparationMeetings);
    }

    [Fact]
    public void EveryFewMonths_LastWeekday_FindsTheLastOneInEachMonth()
    {
        var plan = Rhythm.EveryFewMonths(2026, 1, 3, DayOfWeek.Thursday, Rhythm.LastWeek, 4, TwoToFour, preparation: null, Today);

        Assert.Equal([new(2026, 1, 29), new(2026, 4, 30), new(2026, 7, 30), new DateOnly(2026, 10, 29)], plan.Sessions.Select(m => m.Date));
    }

    [Fact]
    public void EveryFewMonths_AcrossTheYear_CarriesOnIntoTheNext()
    {
        var plan = Rhythm.EveryFewMonths(2026, 11, 2, DayOfWeek.Wednesday, 1, 3, TwoToFour, preparation: null, Today);

        Assert.Equal([new(2026, 11, 4), new(2027, 1, 6), new DateOnly(2027, 3, 3)], plan.Sessions.Select(m => m.Date));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void EveryFewMonths_NoSessions_SaysTheRhythmMakesNoDates(int count)
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, count, TwoToFour, preparation: null, Today);

        Assert.False(plan.IsValid);
        Assert.Empty(plan.Meetings);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(RhythmField.Count, problem.Field);
        Assert.Contains("makes no dates", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFewMonths_EndBeforeStart_IsAProblemWithTheEndTime()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 4, new(new TimeOnly(16, 0), new TimeOnly(14, 0)), preparation: null, Today);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(new RhythmProblem(RhythmField.EndTime, "The end time must be after the start time"), problem);
        Assert.Empty(plan.Meetings);
    }

    [Fact]
    public void EveryFewMonths_EndEqualToStart_IsAProblem()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 4, new(new TimeOnly(14, 0), new TimeOnly(14, 0)), preparation: null, Today);

        Assert.Equal(RhythmField.EndTime, Assert.Single(plan.Problems).Field);
    }

    [Fact]
    public void EveryFewMonths_PreparationEndBeforeStart_IsAProblemWithThePreparationTimes()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, 4, TwoToFour, new(new TimeOnly(11, 0), new TimeOnly(10, 0)), Today);

        Assert.Equal(RhythmField.PreparationEndTime, Assert.Single(plan.Problems).Field);
    }

    [Fact]
    public void EveryFewMonths_MonthlyWithPreparationMeetings_SaysThereIsNoMonthBetween()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 1, DayOfWeek.Friday, 2, 4, TwoToFour, PreparationTimes, Today);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(RhythmField.Interval, problem.Field);
        Assert.Contains("no month between", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFewMonths_MonthlyWithoutPreparationMeetings_IsFine()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 1, DayOfWeek.Friday, 2, 3, TwoToFour, preparation: null, Today);

        Assert.Equal([new(2026, 6, 12), new(2026, 7, 10), new DateOnly(2026, 8, 14)], plan.Sessions.Select(m => m.Date));
    }

    [Theory]
    [InlineData(0, 2, RhythmField.Interval)]
    [InlineData(13, 2, RhythmField.Interval)]
    [InlineData(2, 5, RhythmField.WeekOfMonth)]
    [InlineData(2, 0, RhythmField.WeekOfMonth)]
    public void EveryFewMonths_PatternOutOfRange_SaysWhichPart(int interval, int week, RhythmField field)
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, interval, DayOfWeek.Friday, week, 4, TwoToFour, preparation: null, Today);

        Assert.Equal(field, Assert.Single(plan.Problems).Field);
    }

    [Fact]
    public void EveryFewMonths_TooManySessions_IsAProblem()
    {
        var plan = Rhythm.EveryFewMonths(2026, 6, 2, DayOfWeek.Friday, 2, Rhythm.MaxMeetings + 1, TwoToFour, preparation: null, Today);

        Assert.Equal(RhythmField.Count, Assert.Single(plan.Problems).Field);
    }

    [Fact]
    public void ExplicitDates_TheQuarterlyProgramme_GivesFourSessionsAt2pmUkTime()
    {
        var plan = Rhythm.ExplicitDates(Quarterly, TwoToFour, preparation: null, Today);

        Assert.True(plan.IsValid);
        Assert.Equal(Quarterly, plan.Sessions.Select(m => m.Date));
        Assert.All(plan.Sessions, m => Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(m.StartsAt)));
        Assert.All(plan.Sessions, m => Assert.Equal(new TimeOnly(16, 0), UkTimeZone.TimeOf(m.EndsAt)));
        // June and September are in summer time, December and March in GMT.
        Assert.Equal(
            [Utc(2026, 6, 26, 13), Utc(2026, 9, 18, 13), Utc(2026, 12, 11, 14), Utc(2027, 3, 5, 14)],
            plan.Sessions.Select(m => m.StartsAt));
    }

    [Fact]
    public void ExplicitDates_TheQuarterlyProgrammeWithPreparationMeetings_PutsEachInTheMonthBeforeOnTheSamePattern()
    {
        var plan = Rhythm.ExplicitDates(Quarterly, TwoToFour, PreparationTimes, Today);

        // 18 September is the third Friday, 11 December the second, 5 March the first.
        Assert.Equal([new(2026, 8, 21), new(2026, 11, 13), new DateOnly(2027, 2, 5)], plan.PreparationMeetings.Select(m => m.Date));
    }

    [Fact]
    public void ExplicitDates_OutOfOrder_AreSorted()
    {
        var plan = Rhythm.ExplicitDates([Quarterly[2], Quarterly[0], Quarterly[3], Quarterly[1]], TwoToFour, preparation: null, Today);

        Assert.Equal(Quarterly, plan.Sessions.Select(m => m.Date));
    }

    [Fact]
    public void ExplicitDates_None_SaysToEnterADate()
    {
        var plan = Rhythm.ExplicitDates([], TwoToFour, preparation: null, Today);

        Assert.Equal(new RhythmProblem(RhythmField.Dates, "Enter at least one date"), Assert.Single(plan.Problems));
    }

    [Fact]
    public void ExplicitDates_ADateTwice_NamesItOnce()
    {
        var plan = Rhythm.ExplicitDates([Quarterly[0], Quarterly[1], Quarterly[0], Quarterly[0]], TwoToFour, preparation: null, Today);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Friday 26 June 2026 is listed more than once: a date can have one session", problem.Message);
        Assert.Empty(plan.Meetings);
    }

    [Fact]
    public void ExplicitDates_NextMonthWithPreparationMeetings_SaysThereIsNoMonthBetween()
    {
        var plan = Rhythm.ExplicitDates([new(2026, 6, 26), new(2026, 7, 24)], TwoToFour, PreparationTimes, Today);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(
            "There is no month between the sessions on Friday 26 June 2026 and Friday 24 July 2026 for a preparation meeting",
            problem.Message);
    }

    [Fact]
    public void ExplicitDates_OnTheFifthWeekday_PreparesOnTheLastOneOfTheMonthBefore()
    {
        // 30 October 2026 is the fifth Friday; September's last Friday is the 25th.
        var plan = Rhythm.ExplicitDates([new(2026, 8, 28), new(2026, 10, 30)], TwoToFour, PreparationTimes, Today);

        Assert.Equal(new DateOnly(2026, 9, 25), Assert.Single(plan.PreparationMeetings).Date);
    }

    [Fact]
    public void ExplicitDates_InThePast_AreAllowedWithAWarning()
    {
        var plan = Rhythm.ExplicitDates([new(2026, 3, 13), new(2026, 6, 26)], TwoToFour, preparation: null, Today);

        Assert.True(plan.IsValid);
        Assert.Equal(2, plan.Meetings.Count);
        Assert.Equal(
            "1 date is already past. It will be added as a meeting that has happened, so its attendance can be recorded.",
            Assert.Single(plan.Warnings));
    }

    [Fact]
    public void ExplicitDates_AllInTheFuture_HaveNoWarning()
    {
        var plan = Rhythm.ExplicitDates(Quarterly, TwoToFour, PreparationTimes, Today);

        Assert.Empty(plan.Warnings);
    }

    // The clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    [Fact]
    public void ExplicitDates_EitherSideOfTheMarchChange_Read2pmLocally()
    {
        var plan = Rhythm.ExplicitDates([new(2026, 3, 27), new(2026, 4, 3)], TwoToFour, preparation: null, Today);

        Assert.Equal([Utc(2026, 3, 27, 14), Utc(2026, 4, 3, 13)], plan.Sessions.Select(m => m.StartsAt));
        Assert.All(plan.Sessions, m => Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(m.StartsAt)));
    }

    [Fact]
    public void ExplicitDates_EitherSideOfTheOctoberChange_Read2pmLocally()
    {
        var plan = Rhythm.ExplicitDates([new(2026, 10, 23), new(2026, 10, 30)], TwoToFour, preparation: null, Today);

        Assert.Equal([Utc(2026, 10, 23, 13), Utc(2026, 10, 30, 14)], plan.Sessions.Select(m => m.StartsAt));
        Assert.All(plan.Sessions, m => Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(m.StartsAt)));
        Assert.All(plan.Sessions, m => Assert.Equal(TimeSpan.FromHours(2), m.EndsAt - m.StartsAt));
    }

    [Fact]
    public void ExplicitDates_OnTheDaysTheClocksChange_KeepTheirLocalTimes()
    {
        var plan = Rhythm.ExplicitDates([new(2026, 3, 29), new(2026, 10, 25)], TwoToFour, preparation: null, Today);

        Assert.Equal([Utc(2026, 3, 29, 13), Utc(2026, 10, 25, 14)], plan.Sessions.Select(m => m.StartsAt));
    }

    [Fact]
    public void EveryFewMonths_AcrossBothChanges_KeepsEverySessionAt2pmLocally()
    {
        var plan = Rhythm.EveryFewMonths(2026, 1, 2, DayOfWeek.Friday, 2, 6, TwoToFour, PreparationTimes, Today);

        Assert.All(plan.Sessions, m => Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(m.StartsAt)));
        Assert.All(plan.PreparationMeetings, m => Assert.Equal(new TimeOnly(10, 30), UkTimeZone.TimeOf(m.StartsAt)));
        Assert.Equal(2, plan.Sessions.Select(m => m.StartsAt.Hour).Distinct().Count());
    }

    [Theory]
    [InlineData(2026, 6, DayOfWeek.Friday, 1, 5)]
    [InlineData(2026, 6, DayOfWeek.Friday, 4, 26)]
    [InlineData(2026, 6, DayOfWeek.Friday, Rhythm.LastWeek, 26)]
    [InlineData(2026, 5, DayOfWeek.Friday, Rhythm.LastWeek, 29)]
    [InlineData(2026, 2, DayOfWeek.Sunday, 1, 1)]
    [InlineData(2026, 2, DayOfWeek.Saturday, Rhythm.LastWeek, 28)]
    public void DayInMonth_Pattern_FindsTheDay(int year, int month, DayOfWeek weekday, int week, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Rhythm.DayInMonth(year, month, weekday, week));

    [Theory]
    [InlineData(5, 1)]
    [InlineData(18, 3)]
    [InlineData(26, 4)]
    [InlineData(29, Rhythm.LastWeek)]
    public void WeekOf_Date_SaysWhichOneInTheMonth(int day, int week) => Assert.Equal(week, Rhythm.WeekOf(new DateOnly(2026, 5, day)));
}
