using AngleSharp.Dom;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;

namespace Roundtable.Web.Tests.Dates;

// "Today" is the UK's date, not UTC's: in British Summer Time the UK's day starts at 23:00 UTC
// the evening before. Seen where it matters on the day, a session's register, which opens on the
// session's own date. Each test has an app of its own, whose clock it sets to around midnight
// before a Sunday in summer (a week after the clocks next go forward) before anyone signs in.
public class UkTodayTests
{
    private static readonly DateOnly SummerSunday = TestClock.NextClocksForward().AddDays(7);

    private static async Task<RoundtableApp> AppAtAsync(DateTimeOffset now)
    {
        var app = await new RoundtableApp().StartAsync();
        app.Clock.SetUtcNow(now);
        return app;
    }

    private static string? Closed(IDocument register) =>
        register.GetElementById("closed")?.TextContent.Replace("Information:", "", StringComparison.Ordinal).Trim();

    [Fact]
    public async Task Get_RegisterAtHalfPastMidnightUkTimeInSummer_IsOpenOnTheSessionsDay()
    {
        // 00:30 in the UK on the Sunday is 23:30 UTC on the Saturday.
        await using var app = await AppAtAsync(new DateTimeOffset(SummerSunday.AddDays(-1), new TimeOnly(23, 30), TimeSpan.Zero));
        var (community, _, facilitator) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SummerSunday);

        var register = await facilitator.GetDocumentAsync(AttendanceTestData.RegisterPath(community, session));

        Assert.Null(Closed(register));
        Assert.NotNull(register.QuerySelector("form#mark"));
    }

    [Fact]
    public async Task Get_RegisterAtHalfPastElevenTheEveningBefore_IsNotOpenYet()
    {
        // 23:30 in the UK on the Saturday is 22:30 UTC.
        await using var app = await AppAtAsync(new DateTimeOffset(SummerSunday.AddDays(-1), new TimeOnly(22, 30), TimeSpan.Zero));
        var (community, _, facilitator) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SummerSunday);

        var register = await facilitator.GetDocumentAsync(AttendanceTestData.RegisterPath(community, session));

        Assert.Equal("Attendance can be recorded from the day of Session 1.", Closed(register));
        Assert.Null(register.QuerySelector("form#mark"));
    }
}
