using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

[Collection(SharedApps.Sessions)]
public class EditSessionTests(RoundtableApp app)
{
    // The dates of SeriesAsync's three sessions, all still to come.
    private static readonly DateOnly FirstDate = TestClock.Today.AddDays(48);
    private static readonly DateOnly SecondDate = TestClock.Today.AddDays(111);
    private static readonly DateOnly ThirdDate = TestClock.Today.AddDays(174);

    private async Task<(Community Community, Session First, Session Second, Session Third, HttpClient Facilitator)> SeriesAsync(int? capacity = null)
    {
        var (community, _, facilitator) = await app.CommunityWithAsync(CommunityRole.Facilitator);
        var first = await app.CreateSessionAsync(community, FirstDate, capacity: capacity);
        var second = await app.CreateSessionAsync(community, SecondDate, capacity: capacity);
        var third = await app.CreateSessionAsync(community, ThirdDate, capacity: capacity);
        return (community, first, second, third, facilitator);
    }

    private static Dictionary<string, string> DateFields(DateOnly date) => new()
    {
        ["Input.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        ["Input.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        ["Input.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string EditPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/edit";

    [Fact]
    public async Task Post_NewDate_MovesOnlyThatSessionAndRaisesItsSequence()
    {
        var (community, first, second, third, facilitator) = await SeriesAsync();
        var aWeekLater = SecondDate.AddDays(7);
        var fields = DateFields(aWeekLater);
        fields["Input.StartTime"] = "13:30";

        using var response = await facilitator.SubmitAsync(EditPath(community, second), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await facilitator.FollowAsync(response);
        Assert.Equal($"Session 2 has moved to {TestClock.LongDate(aWeekLater)}, 13:30 to 16:00.", page.Notice());
        var moved = await app.ReloadAsync(second);
        Assert.Equal(UkTimeZone.ToUtc(aWeekLater, new TimeOnly(13, 30)), moved.StartsAt);
        Assert.Equal(second.Sequence + 1, moved.Sequence);
        Assert.Equal(first.StartsAt, (await app.ReloadAsync(first)).StartsAt);
        Assert.Equal(0, (await app.ReloadAsync(first)).Sequence);
        Assert.Equal(third.StartsAt, (await app.ReloadAsync(third)).StartsAt);
    }

    [Fact]
    public async Task Post_MoveIntoSummerTime_KeepsTheLocalTime()
    {
        // From the day before the clocks next go forward (14:00 GMT) to the day itself, whose
        // afternoon is in British Summer Time.
        var after = TestClock.NextClocksForward();
        var (community, _, facilitator) = await app.CommunityWithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, after.AddDays(-1));

        using var response = await facilitator.SubmitAsync(EditPath(community, session), DateFields(after));

        var moved = await app.ReloadAsync(session);
        Assert.Equal(new DateTimeOffset(after, new TimeOnly(13, 0), TimeSpan.Zero), moved.StartsAt);
        Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(moved.StartsAt));
    }

    [Fact]
    public async Task Post_OnlyTheCapacity_SavesWithoutRaisingTheSequence()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["Input.Capacity"] = "30" });

        Assert.Equal("Session 1 has been saved.", (await facilitator.FollowAsync(response)).Notice());
        var saved = await app.ReloadAsync(first);
        Assert.Equal(30, saved.Capacity);
        Assert.Equal(0, saved.Sequence);
    }

    [Fact]
    public async Task Post_DetailsForTheDay_AreSavedAndShown()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string>
        {
            ["Input.Topic"] = "Reasonable adjustments",
            ["Input.Format"] = "Hybrid",
            ["Input.Venue"] = "Civic Centre",
            ["Input.Directions"] = "Bus 6",
            ["Input.StepFreeAccess"] = "true",
            ["Input.QuietRoom"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.ReloadAsync(first);
        Assert.Equal(("Reasonable adjustments", SessionFormat.Hybrid, "Civic Centre", "Bus 6", true, false, 1),
            (saved.Topic, saved.Format, saved.Venue, saved.Directions, saved.StepFreeAccess!.Value, saved.QuietRoom!.Value, saved.Sequence));
    }

    [Fact]
    public async Task Post_CapacityBelowThoseBooked_IsRefusedWithTheCount()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync(capacity: 20);
        for (var i = 0; i < 12; i++)
        {
            await app.BookedMemberAsync(community, first);
        }

        await app.BookedMemberAsync(community, first, SignUpStatus.Waiting);

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["Input.Capacity"] = "10" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("12 people are already booked: capacity must be at least 12", page.ErrorFor("Input_Capacity"));
        Assert.Equal("10", page.GetElementById("Input_Capacity")?.GetAttribute("value"));
        Assert.Equal(20, (await app.ReloadAsync(first)).Capacity);
    }

    [Fact]
    public async Task Post_CapacityEqualToThoseBooked_IsSaved()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync(capacity: 20);
        await app.BookedMemberAsync(community, first);

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["Input.Capacity"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, (await app.ReloadAsync(first)).Capacity);
    }

    [Fact]
    public async Task Post_MorePlaces_BooksThoseWaitingLongestAndTellsThem()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync(capacity: 1);
        await app.BookedMemberAsync(community, first);
        var longest = await app.BookedMemberAsync(community, first, SignUpStatus.Waiting, name: "Waited Longest");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var next = await app.BookedMemberAsync(community, first, SignUpStatus.Waiting, name: "Waited Less");

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["Input.Capacity"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signUps = await app.WithDbAsync(db => db.SignUps.AsNoTracking().Where(s => s.SessionId == first.Id).ToDictionaryAsync(s => s.PersonId, s => s.Status));
        Assert.Equal(SignUpStatus.Booked, signUps[longest.Id]);
        Assert.Equal(SignUpStatus.Waiting, signUps[next.Id]);
        Assert.Single(await app.MessagesToAsync(longest.Email!));
        Assert.Empty(await app.MessagesToAsync(next.Email!));
    }

    [Fact]
    public async Task Post_EndBeforeStart_IsRefused()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string>
        {
            ["Input.StartTime"] = "16:00",
            ["Input.EndTime"] = "14:00",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("The end time must be after the start time", page.ErrorFor("Input_EndTime"));
        Assert.Equal(first.StartsAt, (await app.ReloadAsync(first)).StartsAt);
    }

    [Fact]
    public async Task Post_NotADateOrALink_SaysWhatIsWrong()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();

        using var response = await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string>
        {
            ["Input.Day"] = "31",
            ["Input.Month"] = "2",
            ["Input.MeetingLink"] = "teams meeting",
            ["Input.Capacity"] = "lots",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["The date must be a real date", "Enter the meeting link as a full web address, starting https://",
             "The number of places must be a whole number, like 2"],
            page.ErrorSummary());
    }

    [Fact]
    public async Task Post_AfterSomeoneElseSaved_IsRefusedAndShowsTheirVersion()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();
        var otherPerson = await app.CreatePersonAsync("Other Facilitator");
        await app.JoinAsync(community, otherPerson, CommunityRole.Facilitator);
        var other = await app.BrowserForAsync(otherPerson);
        var mine = await facilitator.GetDocumentAsync(EditPath(community, first));
        using (await other.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["Input.Topic"] = "Theirs" }))
        {
        }

        using var response = await facilitator.SubmitAsync(mine.Form("#edit-form"), new Dictionary<string, string> { ["Input.Topic"] = "Mine" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.StartsWith("Someone else changed this while you were editing", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Contains("Theirs", page.GetElementById("saved-meanwhile")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mine", page.GetElementById("Input_Topic")?.GetAttribute("value"));
        Assert.Equal("Theirs", (await app.ReloadAsync(first)).Topic);

        using var again = await facilitator.SubmitAsync(page.Form("#edit-form"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Mine", (await app.ReloadAsync(first)).Topic);
    }

    [Fact]
    public async Task Post_TheSameChangeTwice_SavesItOnce()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();
        var form = (await facilitator.GetDocumentAsync(EditPath(community, first))).Form("#edit-form");
        var typed = DateFields(FirstDate.AddDays(7));

        using var once = await facilitator.SubmitAsync(form, typed);
        using var twice = await facilitator.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(1, (await app.ReloadAsync(first)).Sequence);
    }

    [Fact]
    public async Task Post_Cancel_TellsThoseBookedAndWaitingButNotThoseWhoCancelled()
    {
        var (community, first, second, third, facilitator) = await SeriesAsync(capacity: 2);
        var booked = await app.BookedMemberAsync(community, second, name: "Bea Booked");
        var waiting = await app.BookedMemberAsync(community, second, SignUpStatus.Waiting, name: "Wes Waiting");
        var cancelled = await app.BookedMemberAsync(community, second, SignUpStatus.Cancelled, name: "Cat Cancelled");
        var elsewhere = await app.BookedMemberAsync(community, third, name: "Third Only");

        using var response = await facilitator.SubmitAsync(EditPath(community, second),
            new Dictionary<string, string> { ["CancelReason"] = "The facilitator is unwell." }, "#cancel-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await facilitator.FollowAsync(response);
        Assert.Equal("Session 2 is cancelled. 2 people who had a place or were waiting for one have been emailed.", page.Notice());
        Assert.Equal("The facilitator is unwell.", page.GetElementById("cancel-reason")?.TextContent.Trim());
        var email = Assert.Single(await app.MessagesToAsync(booked.Email!));
        Assert.Equal($"Cancelled: Session 2 of {community.Name}, {TestClock.LongDate(SecondDate)}", email.Subject);
        Assert.Contains("The facilitator is unwell.", email.Body, StringComparison.Ordinal);
        Assert.Contains($"{TestClock.LongDate(SecondDate)}, 14:00 to 16:00", email.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/communities/{community.Slug}/sessions", email.Body, StringComparison.Ordinal);
        Assert.Single(await app.MessagesToAsync(waiting.Email!));
        Assert.Empty(await app.MessagesToAsync(cancelled.Email!));
        Assert.Empty(await app.MessagesToAsync(elsewhere.Email!));
        var saved = await app.ReloadAsync(second);
        Assert.Equal((SessionStatus.Cancelled, "The facilitator is unwell.", 1), (saved.Status, saved.CancelReason, saved.Sequence));
        Assert.False((await app.ReloadAsync(first)).IsCancelled);
        Assert.False((await app.ReloadAsync(third)).IsCancelled);
    }

    [Fact]
    public async Task Post_CancelTwice_EmailsOnce()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();
        var booked = await app.BookedMemberAsync(community, first);
        var form = (await facilitator.GetDocumentAsync(EditPath(community, first))).Form("#cancel-form");
        var typed = new Dictionary<string, string> { ["CancelReason"] = "Snow." };

        using var once = await facilitator.SubmitAsync(form, typed);
        using var twice = await facilitator.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Single(await app.MessagesToAsync(booked.Email!));
        Assert.Equal(1, (await app.ReloadAsync(first)).Sequence);
    }

    [Fact]
    public async Task Post_CancelWithoutAReason_AsksForOne()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();

        using var response = await facilitator.SubmitAsync(EditPath(community, first),
            new Dictionary<string, string> { ["CancelReason"] = " " }, "#cancel-form");

        var page = await response.ToDocumentAsync();
        Assert.Equal("Enter why it is cancelled", page.ErrorFor("CancelReason"));
        Assert.False((await app.ReloadAsync(first)).IsCancelled);
    }

    [Fact]
    public async Task Get_ACancelledSession_OffersNoChanges()
    {
        var (community, first, _, _, facilitator) = await SeriesAsync();
        using (await facilitator.SubmitAsync(EditPath(community, first), new Dictionary<string, string> { ["CancelReason"] = "Snow." }, "#cancel-form"))
        {
        }

        var page = await facilitator.GetDocumentAsync(EditPath(community, first));

        Assert.NotNull(page.GetElementById("is-cancelled"));
        Assert.Null(page.GetElementById("edit-form"));
    }

    [Fact]
    public async Task Post_CancelAPreparationMeeting_AsItsCoLead_CancelsIt()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var meeting = await app.CreateSessionAsync(community, app.Today.AddDays(83), SessionKind.PreparationMeeting);

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/preparation-meetings/1/edit",
            new Dictionary<string, string> { ["CancelReason"] = "Moved to next week." }, "#cancel-form");

        Assert.Equal($"/communities/{community.Slug}/preparation-meetings/1", response.Headers.Location?.OriginalString);
        Assert.True((await app.ReloadAsync(meeting)).IsCancelled);
    }
}
