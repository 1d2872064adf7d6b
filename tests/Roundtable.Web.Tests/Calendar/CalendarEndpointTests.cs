using System.Globalization;
using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Calendar;

// What each calendar holds.
[Collection(SharedApps.Sessions)]
public class CalendarEndpointTests(RoundtableApp app)
{
    private static readonly DateOnly Upcoming = TestClock.Today.AddDays(20);

    // A date and time as iCalendar writes them: "20261211T140000" in the event's time zone, or
    // "20261121T120000Z" in UTC.
    private static string Local(DateOnly date, string time) => $"{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T{time}";

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_SessionCalendar_IsOneEventInLondonTimeLinkingToTheSessionPage()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming, topic: "Getting help early");
        var browser = app.CreateBrowser();
        var now = app.Clock.GetUtcNow();

        using var response = await browser.GetAsync($"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{community.Slug}-session-1.ics", response.Content.Headers.ContentDisposition?.FileNameStar);
        var calendarEvent = Ics.Parse(await response.Content.ReadAsByteArrayAsync()).Events.Single();
        Assert.Equal(CalendarTestData.Uid(session), calendarEvent.Value("UID"));
        Assert.Equal("Session 1: Getting help early", calendarEvent.Text("SUMMARY"));
        Assert.Equal(Local(Upcoming, "140000"), calendarEvent.Value("DTSTART"));
        Assert.Equal("Europe/London", calendarEvent.Property("DTSTART").Parameter("TZID"));
        Assert.Equal(Local(Upcoming, "160000"), calendarEvent.Value("DTEND"));
        Assert.Equal($"http://localhost/communities/{community.Slug}/sessions/1", calendarEvent.Value("URL"));
        Assert.Equal("Online", calendarEvent.Text("LOCATION"));
        Assert.Equal(Utc(now), calendarEvent.Value("DTSTAMP"));
    }

    [Fact]
    public async Task Get_SessionCalendar_IsNeverKeptByCaches()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);

        using var response = await app.CreateBrowser().GetAsync($"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics");

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(response.Headers.CacheControl?.Private);
    }

    [Theory]
    [InlineData(SignUpStatus.Booked, true)]
    [InlineData(SignUpStatus.Waiting, false)]
    [InlineData(SignUpStatus.Cancelled, false)]
    public async Task Get_SessionCalendar_HasTheMeetingLinkOnlyForSomeoneBooked(SignUpStatus status, bool expected)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        await app.SignUpAsync(session, person, status);
        var browser = await app.BrowserForAsync(person);

        var calendar = await browser.GetCalendarAsync($"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics");

        Assert.Equal(expected, calendar.Events.Single().HasMeetingLink());
        Assert.Equal($"http://localhost/communities/{community.Slug}/sessions/1", calendar.Events.Single().Value("URL"));
    }

    [Fact]
    public async Task Get_SessionCalendar_SignedInButNotSignedUp_HasNoMeetingLink()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        var browser = await app.BrowserForAsync(person);

        var calendar = await browser.GetCalendarAsync($"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics");

        Assert.False(calendar.Events.Single().HasMeetingLink());
    }

    [Fact]
    public async Task Get_CommunityCalendar_AsSomeoneBooked_HasTheLinkOnTheirSessionOnly()
    {
        var community = await app.CreateCommunityAsync();
        var booked = await app.CreateSessionAsync(community, Upcoming);
        var other = await app.CreateSessionAsync(community, Upcoming.AddMonths(2));
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        await app.SignUpAsync(booked, person);
        var browser = await app.BrowserForAsync(person);

        var calendar = await browser.GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.True(calendar.Event(CalendarTestData.Uid(booked)).HasMeetingLink());
        Assert.False(calendar.Event(CalendarTestData.Uid(other)).HasMeetingLink());
    }

    [Fact]
    public async Task Get_CommunityCalendar_ForACalendarApp_HasNoMeetingLinks()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        await app.SignUpAsync(session, person);

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.False(calendar.Event(CalendarTestData.Uid(session)).HasMeetingLink());
    }

    [Fact]
    public async Task Get_CommunityCalendar_IsAFeedNamedForTheCommunity()
    {
        var community = await app.CreateCommunityAsync(name: "Carers, families; friends");

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.Equal("Carers, families; friends", calendar.Text("X-WR-CALNAME"));
        Assert.Equal("Europe/London", calendar.All("VTIMEZONE").Single().Value("TZID"));
    }

    [Fact]
    public async Task Get_CommunityCalendar_HasTheLastYearAndTheFutureInOrder()
    {
        var community = await app.CreateCommunityAsync();
        var tooOld = await app.CreateSessionAsync(community, app.Today.AddDays(-407));
        var lastYear = await app.CreateSessionAsync(community, app.Today.AddDays(-316));
        var next = await app.CreateSessionAsync(community, Upcoming);
        var later = await app.CreateSessionAsync(community, app.Today.AddDays(202));

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.Equal([CalendarTestData.Uid(lastYear), CalendarTestData.Uid(next), CalendarTestData.Uid(later)], calendar.Uids());
        Assert.DoesNotContain(CalendarTestData.Uid(tooOld), calendar.Uids());
    }

    [Fact]
    public async Task Get_CommunityCalendar_ACancelledSession_IsCancelledWithItsReason()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);
        await app.ChangeSessionAsync(session, s =>
        {
            s.Status = SessionStatus.Cancelled;
            s.CancelledAt = app.Clock.GetUtcNow();
            s.CancelReason = "Too few could come; we will meet in January.";
        });

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        var calendarEvent = calendar.Event(CalendarTestData.Uid(session));
        Assert.Equal("CANCELLED", calendarEvent.Value("STATUS"));
        Assert.Equal("1", calendarEvent.Value("SEQUENCE"));
        Assert.StartsWith("Cancelled: Too few could come; we will meet in January.", calendarEvent.Text("DESCRIPTION"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SessionCalendar_AfterTheSessionMoved_HasTheNewTimeAndARaisedSequence()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, Upcoming);
        var url = $"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics";
        var before = (await app.CreateBrowser().GetCalendarAsync(url)).Events.Single();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var changedAt = app.Clock.GetUtcNow();
        var movedTo = app.Today.AddDays(139);
        await app.ChangeSessionAsync(session, s =>
        {
            s.StartsAt = UkTimeZone.ToUtc(movedTo, new TimeOnly(10, 30));
            s.EndsAt = UkTimeZone.ToUtc(movedTo, new TimeOnly(12, 0));
        });

        var after = (await app.CreateBrowser().GetCalendarAsync(url)).Events.Single();

        Assert.Equal(before.Value("UID"), after.Value("UID"));
        Assert.Equal((Local(Upcoming, "140000"), "0"), (before.Value("DTSTART"), before.Value("SEQUENCE")));
        Assert.Equal((Local(movedTo, "103000"), Local(movedTo, "120000"), "1"), (after.Value("DTSTART"), after.Value("DTEND"), after.Value("SEQUENCE")));
        Assert.Equal(Utc(changedAt), after.Value("LAST-MODIFIED"));
    }

    [Fact]
    public async Task Get_PreparationMeetingCalendar_AsTheGroup_LinksToTheMeetingsOwnPage()
    {
        var community = await app.CreateCommunityAsync();
        var meeting = await app.CreateSessionAsync(community, Upcoming, SessionKind.PreparationMeeting);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person, livedExpertGroup: true);
        var browser = await app.BrowserForAsync(person);

        var calendarEvent = (await browser.GetCalendarAsync($"/communities/{community.Slug}/preparation-meetings/1/calendar.ics")).Events.Single();

        Assert.Equal(CalendarTestData.Uid(meeting), calendarEvent.Value("UID"));
        Assert.Equal("Preparation meeting 1", calendarEvent.Text("SUMMARY"));
        Assert.Equal($"http://localhost/communities/{community.Slug}/preparation-meetings/1", calendarEvent.Value("URL"));
    }

    [Fact]
    public async Task Get_PersonCalendar_HasTheSessionsTheyAreBookedOnOrWaitingFor()
    {
        var first = await app.CreateCommunityAsync();
        var second = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(first, person);
        await app.JoinAsync(second, person);
        var booked = await app.CreateSessionAsync(first, Upcoming);
        var waiting = await app.CreateSessionAsync(second, Upcoming.AddDays(7));
        var cancelledSignUp = await app.CreateSessionAsync(first, Upcoming.AddMonths(2));
        var notSignedUp = await app.CreateSessionAsync(second, Upcoming.AddMonths(2));
        await app.SignUpAsync(booked, person);
        await app.SignUpAsync(waiting, person, SignUpStatus.Waiting);
        await app.SignUpAsync(cancelledSignUp, person, SignUpStatus.Cancelled);
        var token = await app.MakeCalendarLinkAsync(person);

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/calendar/{token}.ics");

        Assert.Equal([CalendarTestData.Uid(booked), CalendarTestData.Uid(waiting)], calendar.Uids());
        Assert.True(calendar.Event(CalendarTestData.Uid(booked)).HasMeetingLink());
        Assert.False(calendar.Event(CalendarTestData.Uid(waiting)).HasMeetingLink());
        Assert.DoesNotContain(CalendarTestData.Uid(notSignedUp), calendar.Uids());
        Assert.DoesNotContain(CalendarTestData.Uid(cancelledSignUp), calendar.Uids());
        Assert.Equal("My Roundtable sessions", calendar.Text("X-WR-CALNAME"));
    }

    [Fact]
    public async Task Get_PersonCalendar_ACancelledSessionTheyWereBookedOn_IsCancelled()
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        var session = await app.CreateSessionAsync(community, Upcoming);
        await app.SignUpAsync(session, person);
        await app.ChangeSessionAsync(session, s => s.Status = SessionStatus.Cancelled);
        var token = await app.MakeCalendarLinkAsync(person);

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/calendar/{token}.ics");

        Assert.Equal("CANCELLED", calendar.Event(CalendarTestData.Uid(session)).Value("STATUS"));
        Assert.False(calendar.Event(CalendarTestData.Uid(session)).HasMeetingLink());
    }

    [Theory]
    [InlineData(CommunityRole.Member, true, true)]
    [InlineData(CommunityRole.CoLead, false, true)]
    [InlineData(CommunityRole.Facilitator, false, false)]
    [InlineData(CommunityRole.Member, false, false)]
    public async Task Get_PersonCalendar_HasPreparationMeetingsOnlyForTheGroupAndCoLeads(CommunityRole role, bool inGroup, bool expected)
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person, role, inGroup);
        var meeting = await app.CreateSessionAsync(community, Upcoming, SessionKind.PreparationMeeting);
        var token = await app.MakeCalendarLinkAsync(person);

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/calendar/{token}.ics");

        Assert.Equal(expected, calendar.Uids().Contains(CalendarTestData.Uid(meeting)));
    }

    [Fact]
    public async Task Get_PersonCalendar_AfterLeavingAPrivateCommunity_DropsItsSessionsAndMeetings()
    {
        var community = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person, livedExpertGroup: true);
        var session = await app.CreateSessionAsync(community, Upcoming);
        var meeting = await app.CreateSessionAsync(community, Upcoming.AddMonths(1), SessionKind.PreparationMeeting);
        await app.SignUpAsync(session, person);
        var token = await app.MakeCalendarLinkAsync(person);
        Assert.Equal(2, (await app.CreateBrowser().GetCalendarAsync($"/calendar/{token}.ics")).Events.Count);

        await app.LeaveAsync(community, person);
        var calendar = await app.CreateBrowser().GetCalendarAsync($"/calendar/{token}.ics");

        Assert.Empty(calendar.Events);
        Assert.DoesNotContain(CalendarTestData.Uid(meeting), calendar.Uids());
    }

    [Fact]
    public async Task Get_PersonCalendar_IsForNobodyElseAndNotForSearchEngines()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.MakeCalendarLinkAsync(person);

        using var response = await app.CreateBrowser().GetAsync($"/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Theory]
    [InlineData("cal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task Get_PersonCalendar_UnknownToken_IsNotFound(string token)
    {
        using var response = await app.CreateBrowser().GetAsync($"/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_PersonCalendar_ARevokedToken_IsNotFound()
    {
        var person = await app.CreatePersonAsync();
        var old = await app.MakeCalendarLinkAsync(person);
        var current = await app.MakeCalendarLinkAsync(person);

        using var oldResponse = await app.CreateBrowser().GetAsync($"/calendar/{old}.ics");
        using var currentResponse = await app.CreateBrowser().GetAsync($"/calendar/{current}.ics");

        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, currentResponse.StatusCode);
    }
}
