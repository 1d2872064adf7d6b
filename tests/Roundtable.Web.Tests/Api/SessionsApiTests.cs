using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class SessionsApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Sessions_ListsThemSoonestFirstWithPlacesBooked()
    {
        var (community, client) = await WithAsync(CommunityRole.Member);
        var later = await app.CreateSessionAsync(community, app.Today.AddDays(104), capacity: 20, topic: "Transitions");
        await app.CreateSessionAsync(community, app.Today.AddDays(48), format: SessionFormat.InPerson);
        await app.BookedMemberAsync(community, later);

        var (response, sessions, _) = await client.GetJsonAsync(SessionsPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([2, 1], sessions.EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));
        var first = sessions[1];
        Assert.Equal("Session 1", first.GetProperty("title").GetString());
        Assert.Equal("Transitions", first.GetProperty("topic").GetString());
        Assert.Equal(20, first.GetProperty("capacity").GetInt32());
        Assert.Equal(1, first.GetProperty("booked").GetInt32());
        Assert.Equal("InPerson", sessions[0].GetProperty("format").GetString());
    }

    [Fact]
    public async Task Get_Session_SaysWhenInUkTimeAndItsPlaces()
    {
        var (community, client) = await WithAsync(CommunityRole.Member);
        // In British Summer Time, when 14:00 in the UK is 13:00 UTC.
        var summer = new DateOnly(app.Today.Year + 1, 6, 11);
        var session = await app.CreateSessionAsync(community, summer, capacity: 12, format: SessionFormat.InPerson, topic: "Easy read");
        await app.BookedMemberAsync(community, session);

        var (response, detail, _) = await client.GetJsonAsync($"{SessionsPath(community)}/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestClock.Iso(summer), detail.GetProperty("date").GetString());
        Assert.Equal("14:00", detail.GetProperty("startTime").GetString());
        Assert.Equal("16:00", detail.GetProperty("endTime").GetString());
        Assert.Equal(new DateTimeOffset(summer, new TimeOnly(13, 0), TimeSpan.Zero), detail.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(120, detail.GetProperty("lengthInMinutes").GetInt32());
        Assert.Equal(1, detail.GetProperty("booked").GetInt32());
        Assert.Equal(11, detail.GetProperty("placesLeft").GetInt32());
        Assert.Equal("Scheduled", detail.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Get_Session_MeetingLink_IsOnlyForPeopleWithAPlace()
    {
        var (community, outsider) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(202));
        var booked = await app.ApiClientForAsync(await app.BookedMemberAsync(community, session));
        var waiting = await app.ApiClientForAsync(await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "Wai Ting"));

        var (_, bookedView, _) = await booked.GetJsonAsync($"{SessionsPath(community)}/1");
        var (_, waitingView, waitingBody) = await waiting.GetJsonAsync($"{SessionsPath(community)}/1");
        var (_, facilitatorView, facilitatorBody) = await outsider.GetJsonAsync($"{SessionsPath(community)}/1");

        Assert.Equal("https://meet.example.org/roundtable", bookedView.GetProperty("meetingLink").GetString());
        Assert.False(waitingView.TryGetProperty("meetingLink", out _));
        Assert.False(facilitatorView.TryGetProperty("meetingLink", out _));
        Assert.DoesNotContain("meet.example.org", waitingBody, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", facilitatorBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PreparationMeeting_AsGroupMember_ShowsItWithItsLink()
    {
        var community = await app.CreateCommunityAsync();
        var lived = await app.ApiClientForAsync(await app.MemberAsync(community, "Lee Lived", livedExpertGroup: true));
        await app.CreateSessionAsync(community, app.Today.AddDays(83), SessionKind.PreparationMeeting, topic: "Shaping session 2");

        var (response, meeting, _) = await lived.GetJsonAsync($"/api/v1/communities/{community.Slug}/preparation-meetings/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PreparationMeeting", meeting.GetProperty("kind").GetString());
        Assert.Equal("Preparation meeting 1", meeting.GetProperty("title").GetString());
        Assert.Equal("Shaping session 2", meeting.GetProperty("topic").GetString());
        Assert.Equal("https://meet.example.org/roundtable", meeting.GetProperty("meetingLink").GetString());
    }

    [Fact]
    public async Task Patch_Move_MovesThatSessionAloneAndKeepsEverythingElse()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(111), capacity: 30, topic: "Keeping well");
        var second = await app.CreateSessionAsync(community, app.Today.AddDays(174));
        var aWeekLater = app.Today.AddDays(118);

        var (response, moved) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { date = TestClock.Iso(aWeekLater), startTime = "10:00", endTime = "12:30" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestClock.Iso(aWeekLater), moved.GetProperty("date").GetString());
        Assert.Equal("10:00", moved.GetProperty("startTime").GetString());
        var saved = await app.ReloadAsync(first);
        Assert.Equal(UkTimeZone.ToUtc(aWeekLater, new TimeOnly(10, 0)), saved.StartsAt);
        Assert.Equal(UkTimeZone.ToUtc(aWeekLater, new TimeOnly(12, 30)), saved.EndsAt);
        Assert.Equal("Keeping well", saved.Topic);
        Assert.Equal(30, saved.Capacity);
        Assert.Equal("https://meet.example.org/roundtable", saved.MeetingLink);
        Assert.Equal(1, saved.Sequence);
        Assert.Equal(second.StartsAt, (await app.ReloadAsync(second)).StartsAt);
    }

    [Fact]
    public async Task Patch_NullCapacityAndVenue_ClearsThem()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111), capacity: 30, format: SessionFormat.InPerson);
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Venue, "The old hall")));

        var (response, changed) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { capacity = (int?)null, venue = (string?)null, quietRoom = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("capacity").ValueKind);
        var saved = await app.ReloadAsync(session);
        Assert.Null(saved.Capacity);
        Assert.Null(saved.Venue);
        Assert.True(saved.QuietRoom);
        Assert.Equal(SessionFormat.InPerson, saved.Format);
    }

    [Fact]
    public async Task Patch_CapacityBelowThoseBooked_IsRefusedWithTheCount()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111), capacity: 10);
        for (var i = 0; i < 3; i++)
        {
            await app.BookedMemberAsync(community, session, name: $"Booked {i}");
        }

        var (response, problem) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { capacity = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3 people are already booked: capacity must be at least 3", problem.GetProperty("errors").GetProperty("capacity")[0].GetString());
        Assert.Equal(3, problem.GetProperty("booked").GetInt32());
        Assert.Equal(10, (await app.ReloadAsync(session)).Capacity);
    }

    [Fact]
    public async Task Patch_MorePlaces_BooksThoseWaitingLongestAndTellsThem()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111), capacity: 1);
        await app.BookedMemberAsync(community, session, name: "Bo Booked");
        var first = await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "Fi First");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "Sid Second");

        var (response, changed) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { capacity = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, changed.GetProperty("booked").GetInt32());
        var statuses = await app.WithDbAsync(db => db.SignUps.Where(s => s.SessionId == session.Id).ToDictionaryAsync(s => s.PersonId, s => s.Status));
        Assert.Equal(SignUpStatus.Booked, statuses[first.Id]);
        Assert.Equal(SignUpStatus.Waiting, statuses[second.Id]);
        Assert.StartsWith("A place has come free at Session 1", Assert.Single(await app.MessagesToAsync(first.Email!)).Subject, StringComparison.Ordinal);
        Assert.Empty(await app.MessagesToAsync(second.Email!));
    }

    [Fact]
    public async Task Patch_EndBeforeStart_IsAProblemForTheEndTime()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));

        var (response, problem) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { startTime = "15:00", endTime = "13:00", date = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["date", "endTime"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("The end time must be after the start time", errors.GetProperty("endTime")[0].GetString());
        Assert.Equal("Enter the date of the session", errors.GetProperty("date")[0].GetString());
        Assert.Equal(session.StartsAt, (await app.ReloadAsync(session)).StartsAt);
    }

    [Fact]
    public async Task Patch_WithAnOldVersion_IsAConflictAndChangesNothing()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        var (_, seen, _) = await client.GetJsonAsync($"{SessionsPath(community)}/1");
        await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { topic = "Saved first" });

        var (response, problem) = await client.PatchJsonAsync($"{SessionsPath(community)}/1",
            new { topic = "Saved second", version = seen.GetProperty("version").GetString() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("Someone else changed Session 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Saved first", (await app.ReloadAsync(session)).Topic);
    }

    [Fact]
    public async Task Patch_SameChangeTwice_ChangesItOnce()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        var (_, seen, _) = await client.GetJsonAsync($"{SessionsPath(community)}/1");
        var change = new { topic = "Sent twice", version = seen.GetProperty("version").GetString() };

        var (first, _) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", change);
        var (second, _) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", change);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await app.ReloadAsync(session)).Sequence);
    }

    [Fact]
    public async Task Post_Cancel_EmailsEveryoneWithAPlaceOrWaiting()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        var booked = await app.BookedMemberAsync(community, session, name: "Bo Booked");
        var waiting = await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "Wai Ting");
        var cancelled = await app.BookedMemberAsync(community, session, SignUpStatus.Cancelled, "Cass Cancelled");

        var (response, result) = await client.PostJsonAsync($"{SessionsPath(community)}/1/cancel", new { reason = "The venue flooded" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, result.GetProperty("peopleEmailed").GetInt32());
        Assert.Equal("Cancelled", result.GetProperty("meeting").GetProperty("status").GetString());
        Assert.Equal("The venue flooded", result.GetProperty("meeting").GetProperty("cancelReason").GetString());
        var email = Assert.Single(await app.MessagesToAsync(booked.Email!));
        Assert.StartsWith($"Cancelled: Session 1 of {community.Name}", email.Subject, StringComparison.Ordinal);
        Assert.Contains("The venue flooded", email.Body, StringComparison.Ordinal);
        Assert.Single(await app.MessagesToAsync(waiting.Email!));
        Assert.Empty(await app.MessagesToAsync(cancelled.Email!));
        Assert.True((await app.ReloadAsync(session)).IsCancelled);
    }

    [Fact]
    public async Task Post_CancelTwice_EmailsNobodyTwice()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        var booked = await app.BookedMemberAsync(community, session);

        await client.PostJsonAsync($"{SessionsPath(community)}/1/cancel", new { reason = "Snow" });
        var (again, result) = await client.PostJsonAsync($"{SessionsPath(community)}/1/cancel", new { reason = "Snow" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, result.GetProperty("peopleEmailed").GetInt32());
        Assert.Single(await app.MessagesToAsync(booked.Email!));
    }

    [Fact]
    public async Task Post_CancelWithoutAReason_AsksForOne()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));

        var (response, problem) = await client.PostJsonAsync($"{SessionsPath(community)}/1/cancel", new { reason = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter why it is cancelled", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.False((await app.ReloadAsync(session)).IsCancelled);
    }

    [Fact]
    public async Task Patch_CancelledSession_IsAConflict()
    {
        var (community, client) = await WithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        await client.PostJsonAsync($"{SessionsPath(community)}/1/cancel", new { reason = "Snow" });

        var (response, problem) = await client.PatchJsonAsync($"{SessionsPath(community)}/1", new { topic = "Too late" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Session 1 is cancelled, so it cannot be changed.", problem.GetProperty("detail").GetString());
        Assert.Null((await app.ReloadAsync(session)).Topic);
    }

    [Fact]
    public async Task Patch_PreparationMeeting_AsCoLead_ChangesIt()
    {
        var (community, client) = await WithAsync(CommunityRole.CoLead);
        var meeting = await app.CreateSessionAsync(community, app.Today.AddDays(83), SessionKind.PreparationMeeting);

        var (response, changed) = await client.PatchJsonAsync($"/api/v1/communities/{community.Slug}/preparation-meetings/1", new { topic = "Agenda for session 2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PreparationMeeting", changed.GetProperty("kind").GetString());
        Assert.Equal("Agenda for session 2", (await app.ReloadAsync(meeting)).Topic);
    }

    private async Task<(Community Community, HttpClient Client)> WithAsync(CommunityRole role)
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.MemberAsync(community, $"Someone {role}", role);
        return (community, await app.ApiClientForAsync(person));
    }

    private static string SessionsPath(Community community) => $"/api/v1/communities/{community.Slug}/sessions";
}
