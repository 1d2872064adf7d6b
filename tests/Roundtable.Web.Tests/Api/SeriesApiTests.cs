using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class SeriesApiTests(RoundtableApp app)
{
    // Rhythms are planned from a month of next year, so that every date they make is still to come.
    private static readonly int NextYear = TestClock.Today.Year + 1;

    [Fact]
    public async Task Post_EveryTwoMonthsWithPreparation_PlansNumberedSessionsWithMeetingsBetween()
    {
        var (community, client) = await CoLeadAsync();

        var (response, series) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Bi-monthly sessions",
            rhythm = "EveryFewMonths",
            firstYear = NextYear,
            firstMonth = 1,
            intervalMonths = 2,
            weekday = "Friday",
            weekOfMonth = 2,
            count = 3,
            startTime = "14:00",
            endTime = "16:00",
            format = "Hybrid",
            withPreparationMeetings = true,
            preparationStartTime = "14:00",
            preparationEndTime = "15:00",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{SeriesPath(community)}/{series.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var sessions = series.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(
            new[] { 1, 3, 5 }.Select(month => TestClock.Iso(TestClock.NthWeekday(NextYear, month, DayOfWeek.Friday, 2))),
            sessions.Select(s => s.GetProperty("date").GetString()));
        Assert.All(sessions, s => Assert.Equal("14:00", s.GetProperty("startTime").GetString()));
        var meetings = series.GetProperty("preparation").GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal([1, 2], meetings.Select(m => m.GetProperty("number").GetInt32()));
        Assert.Equal(
            new[] { 2, 4 }.Select(month => TestClock.Iso(TestClock.NthWeekday(NextYear, month, DayOfWeek.Friday, 2))),
            meetings.Select(m => m.GetProperty("date").GetString()));
        Assert.All(meetings, m => Assert.Equal("PreparationMeeting", m.GetProperty("kind").GetString()));
        Assert.Empty(series.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Post_AcrossSummerTime_KeepsTheUkTimeOnEachDate()
    {
        var (community, client) = await CoLeadAsync();
        // The day before the clocks next go forward, and the day itself (they go forward at 01:00 UTC).
        var after = TestClock.NextClocksForward();
        var before = after.AddDays(-1);

        var (_, series) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Either side of March",
            rhythm = "ExplicitDates",
            dates = new[] { TestClock.Iso(before), TestClock.Iso(after) },
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
        });

        var sessions = series.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(
            [new DateTimeOffset(before, new TimeOnly(14, 0), TimeSpan.Zero), new DateTimeOffset(after, new TimeOnly(13, 0), TimeSpan.Zero)],
            sessions.Select(s => s.GetProperty("startsAt").GetDateTimeOffset()));
        Assert.All(sessions, s => Assert.Equal("14:00", s.GetProperty("startTime").GetString()));
    }

    [Fact]
    public async Task Post_QuarterlyDates_PlansOneSessionForEachAfterTheCommunitysOthers()
    {
        var (community, client) = await CoLeadAsync();
        await app.CreateSessionAsync(community, app.Today.AddDays(13));
        var quarters = new[] { 104, 195, 286, 377 }.Select(days => TestClock.Iso(app.Today.AddDays(days))).ToArray();

        var (response, series) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Peer support space",
            rhythm = "ExplicitDates",
            dates = new[] { quarters[3], quarters[0], quarters[1], quarters[2] },
            startTime = "2pm",
            endTime = "3.30pm",
            format = "Online",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sessions = series.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4, 5], sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(quarters, sessions.Select(s => s.GetProperty("date").GetString()));
        Assert.All(sessions, s => Assert.Equal("15:30", s.GetProperty("endTime").GetString()));
        Assert.Equal("ExplicitDates", series.GetProperty("rhythm").GetString());
        Assert.False(series.TryGetProperty("preparation", out _));
    }

    [Fact]
    public async Task Post_EndBeforeStart_IsAProblemForTheEndTimeAndPlansNothing()
    {
        var (community, client) = await CoLeadAsync();

        var (response, problem) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Backwards",
            rhythm = "ExplicitDates",
            dates = new[] { TestClock.Iso(app.Today.AddDays(104)) },
            startTime = "16:00",
            endTime = "14:00",
            format = "Online",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("endTime", error.Name);
        Assert.Equal("The end time must be after the start time", error.Value[0].GetString());
        Assert.Equal(0, await SessionCountAsync(community));
    }

    [Fact]
    public async Task Post_NoDates_IsAProblemForTheDates()
    {
        var (community, client) = await CoLeadAsync();

        var (response, problem) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Nothing yet",
            rhythm = "ExplicitDates",
            dates = Array.Empty<string>(),
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter at least one date", problem.GetProperty("errors").GetProperty("dates")[0].GetString());
        Assert.Equal(0, await SessionCountAsync(community));
    }

    [Fact]
    public async Task Post_MonthlyWithPreparation_IsAProblemForTheInterval()
    {
        var (community, client) = await CoLeadAsync();

        var (response, problem) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Too close",
            rhythm = "EveryFewMonths",
            firstYear = NextYear,
            firstMonth = 1,
            intervalMonths = 1,
            weekday = "Friday",
            weekOfMonth = 2,
            count = 4,
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
            withPreparationMeetings = true,
            preparationStartTime = "14:00",
            preparationEndTime = "15:00",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("intervalMonths", error.Name);
        Assert.StartsWith("Sessions every month leave no month between them", error.Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Empty_AsksForEachThingAPlanNeeds()
    {
        var (community, client) = await CoLeadAsync();

        var (response, problem) = await client.PostJsonAsync(SeriesPath(community), new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["endTime", "format", "name", "rhythm", "startTime"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Enter a name for the series", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Choose how the dates are set", errors.GetProperty("rhythm")[0].GetString());
    }

    [Fact]
    public async Task Post_PatternMissingItsParts_AsksForEach()
    {
        var (community, client) = await CoLeadAsync();

        var (response, problem) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Half a pattern",
            rhythm = "EveryFewMonths",
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["count", "firstMonth", "intervalMonths", "weekOfMonth", "weekday"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Post_SameKeyTwice_PlansOneSeries()
    {
        var (community, client) = await CoLeadAsync();
        var plan = new
        {
            key = Guid.NewGuid(),
            name = "Sent twice",
            rhythm = "ExplicitDates",
            dates = new[] { TestClock.Iso(app.Today.AddDays(104)), TestClock.Iso(app.Today.AddDays(195)) },
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
        };

        var (first, created) = await client.PostJsonAsync(SeriesPath(community), plan);
        var (second, again) = await client.PostJsonAsync(SeriesPath(community), plan);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(2, await SessionCountAsync(community));
        Assert.Equal(1, await app.WithDbAsync(db => db.Series.CountAsync(s => s.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_DatesAlreadyPast_PlansThemWithAWarning()
    {
        var (community, client) = await CoLeadAsync();

        var (response, series) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Recorded from session 3",
            rhythm = "ExplicitDates",
            dates = new[] { TestClock.Iso(app.Today.AddDays(-169)), TestClock.Iso(app.Today.AddDays(-78)), TestClock.Iso(app.Today.AddDays(13)) },
            startTime = "14:00",
            endTime = "16:00",
            format = "InPerson",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, series.GetProperty("sessions").GetArrayLength());
        Assert.StartsWith("2 dates are already past", series.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Series_ListsEachWithItsRhythmAndSessions()
    {
        var (community, client) = await CoLeadAsync();
        await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "Second Fridays",
            rhythm = "EveryFewMonths",
            firstYear = NextYear,
            firstMonth = 2,
            intervalMonths = 3,
            weekday = "Friday",
            weekOfMonth = -1,
            count = 2,
            startTime = "10:00",
            endTime = "12:30",
            format = "InPerson",
        });

        var (response, list, _) = await client.GetJsonAsync(SeriesPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = Assert.Single(list.EnumerateArray());
        Assert.Equal("Second Fridays", series.GetProperty("name").GetString());
        Assert.Equal(3, series.GetProperty("intervalMonths").GetInt32());
        Assert.Equal("Friday", series.GetProperty("weekday").GetString());
        Assert.Equal(-1, series.GetProperty("weekOfMonth").GetInt32());
        Assert.Equal("10:00", series.GetProperty("startTime").GetString());
        Assert.Equal("12:30", series.GetProperty("endTime").GetString());
        Assert.Equal("InPerson", series.GetProperty("format").GetString());
        Assert.Equal(
            [TestClock.Iso(TestClock.NthWeekday(NextYear, 2, DayOfWeek.Friday, -1)), TestClock.Iso(TestClock.NthWeekday(NextYear, 5, DayOfWeek.Friday, -1))],
            series.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()));
        Assert.False(series.TryGetProperty("warnings", out _));
    }

    [Fact]
    public async Task Get_SeriesWithPreparation_AsOrdinaryMember_SaysNothingOfThem()
    {
        var (community, client) = await CoLeadAsync();
        var (_, created) = await client.PostJsonAsync(SeriesPath(community), new
        {
            name = "With preparation",
            rhythm = "ExplicitDates",
            dates = new[] { TestClock.Iso(app.Today.AddDays(104)), TestClock.Iso(app.Today.AddDays(195)) },
            startTime = "14:00",
            endTime = "16:00",
            format = "Online",
            withPreparationMeetings = true,
            preparationStartTime = "11:00",
            preparationEndTime = "12:00",
        });
        var member = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (_, series, body) = await member.GetJsonAsync($"{SeriesPath(community)}/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(2, series.GetProperty("sessions").GetArrayLength());
        Assert.False(series.TryGetProperty("preparation", out _));
        Assert.DoesNotContain("11:00", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Preparation", body, StringComparison.Ordinal);
    }

    private async Task<(Community Community, HttpClient Client)> CoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, "Carys Colead", CommunityRole.CoLead);
        return (community, await app.ApiClientForAsync(coLead));
    }

    private static string SeriesPath(Community community) => $"/api/v1/communities/{community.Slug}/series";

    private Task<int> SessionCountAsync(Community community) => app.WithDbAsync(db => db.Sessions.CountAsync(s => s.CommunityId == community.Id));
}
