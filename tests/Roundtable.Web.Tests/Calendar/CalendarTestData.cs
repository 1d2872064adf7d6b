using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Calendar;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Calendar;

// What the calendar tests need beyond TestData: sign-ups, changes to a session, a calendar link,
// and a calendar fetched and read back.
public static class CalendarTestData
{
    public const string MeetingLink = "https://meet.example.org/roundtable";

    public static string Uid(Session session) => $"{session.Id}@roundtable";

    public static Task<SignUp> SignUpAsync(this RoundtableApp app, Session session, Person person, SignUpStatus status = SignUpStatus.Booked) =>
        app.WithDbAsync(async db =>
        {
            var signUp = new SignUp
            {
                SessionId = session.Id,
                PersonId = person.Id,
                Status = status,
                SignedUpAt = app.Clock.GetUtcNow(),
                BookedAt = status == SignUpStatus.Booked ? app.Clock.GetUtcNow() : null,
                WaitingSince = status == SignUpStatus.Waiting ? app.Clock.GetUtcNow() : null,
                CancelledAt = status == SignUpStatus.Cancelled ? app.Clock.GetUtcNow() : null,
            };
            db.SignUps.Add(signUp);
            await db.SaveChangesAsync();
            return signUp;
        });

    // As the sessions pages will: the change, a raised Sequence and a new UpdatedAt.
    public static Task ChangeSessionAsync(this RoundtableApp app, Session session, Action<Session> change) =>
        app.WithDbAsync(async db =>
        {
            var stored = await db.Sessions.SingleAsync(s => s.Id == session.Id);
            change(stored);
            stored.Sequence++;
            stored.UpdatedAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

    public static Task LeaveAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            membership.LeftAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

    // A calendar link made straight through the service; the account page tests make theirs through the page.
    public static async Task<string> MakeCalendarLinkAsync(this RoundtableApp app, Person person)
    {
        var token = CalendarFeeds.NewToken();
        await app.WithScopeAsync(services => services.GetRequiredService<CalendarFeeds>().MakeAsync(person.Id, token));
        return token;
    }

    public static async Task<IcsComponent> GetCalendarAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return Ics.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public static IReadOnlyList<string> Uids(this IcsComponent calendar) => calendar.Events.Select(e => e.Value("UID")).ToList();

    public static bool HasMeetingLink(this IcsComponent calendarEvent) =>
        calendarEvent.Find("DESCRIPTION")?.Text.Contains(MeetingLink, StringComparison.Ordinal) == true;
}
