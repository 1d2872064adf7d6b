using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Tests.Attendance;

// When attendance can be recorded, as the register page and the API both ask.
public class AttendanceTakingTests
{
    private static readonly DateOnly Day = new(2027, 3, 12);

    private static Session SessionOn(DateOnly date, SessionStatus status = SessionStatus.Scheduled) => new()
    {
        Number = 4,
        StartsAt = UkTimeZone.ToUtc(date, new TimeOnly(14, 0)),
        EndsAt = UkTimeZone.ToUtc(date, new TimeOnly(16, 0)),
        Status = status,
    };

    [Fact]
    public void WhyClosed_OnTheDay_IsOpen() => Assert.Null(AttendanceTaking.WhyClosed(SessionOn(Day), Day));

    [Fact]
    public void WhyClosed_AfterTheDay_IsOpen() => Assert.Null(AttendanceTaking.WhyClosed(SessionOn(Day), Day.AddDays(30)));

    [Fact]
    public void WhyClosed_TheDayBefore_SaysFromWhen() =>
        Assert.Equal("Attendance can be recorded from the day of Session 4.", AttendanceTaking.WhyClosed(SessionOn(Day), Day.AddDays(-1)));

    [Fact]
    public void WhyClosed_Cancelled_SaysThereIsNothingToRecord() =>
        Assert.Equal(
            "Session 4 was cancelled, so there is no attendance to record.",
            AttendanceTaking.WhyClosed(SessionOn(Day, SessionStatus.Cancelled), Day));

    [Fact]
    public void WhyClosed_JustAfterMidnightInSummer_GoesByTheUkDateNotTheUtcOne()
    {
        // 00:30 on 11 June in the UK is 23:30 on 10 June in UTC.
        var summer = new DateOnly(2027, 6, 11);
        var session = SessionOn(summer);
        session.StartsAt = UkTimeZone.ToUtc(summer, new TimeOnly(0, 30));

        Assert.NotNull(AttendanceTaking.WhyClosed(session, summer.AddDays(-1)));
        Assert.Null(AttendanceTaking.WhyClosed(session, summer));
    }
}
