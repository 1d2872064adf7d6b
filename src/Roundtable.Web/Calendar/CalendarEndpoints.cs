using Roundtable.Core.Calendar;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Calendar;

// Calendar files (.ics) for a session, a community and a person. Calendar apps fetch feeds
// without signing in: a listed community's feed is open to them (with no meeting links), and a
// person's own feed opens with the secret in its address instead.
public static class CalendarEndpoints
{
    // Some calendar apps ask with HEAD before they subscribe.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapCalendar(this WebApplication app)
    {
        var calendars = app.MapGroup("").ExcludeFromDescription();

        var community = calendars.MapGroup("/communities/{slug}");
        community.MapMethods("/calendar.ics", GetOrHead, CommunityAsync)
            .RequireAuthorization(Policies.CommunityVisitor);
        community.MapMethods("/sessions/{number:int}/calendar.ics", GetOrHead, SessionAsync)
            .RequireAuthorization(Policies.CommunityVisitor);
        community.MapMethods("/preparation-meetings/{number:int}/calendar.ics", GetOrHead, PreparationMeetingAsync)
            .RequireAuthorization(Policies.LivedExpertGroup);

        // The token decides whose calendar this is; no sign-in is asked for.
        calendars.MapMethods("/calendar/{token}.ics", GetOrHead, PersonAsync)
            .AllowAnonymous();
        return app;
    }

    private static Task<IResult> SessionAsync(string slug, int number, HttpContext http, CurrentCommunity current, SessionCalendars calendars, CalendarFiles files) =>
        OneAsync(slug, SessionKind.Session, number, http, current, calendars, files);

    private static Task<IResult> PreparationMeetingAsync(string slug, int number, HttpContext http, CurrentCommunity current, SessionCalendars calendars, CalendarFiles files) =>
        OneAsync(slug, SessionKind.PreparationMeeting, number, http, current, calendars, files);

    private static async Task<IResult> OneAsync(
        string slug, SessionKind kind, int number, HttpContext http, CurrentCommunity current, SessionCalendars calendars, CalendarFiles files)
    {
        var place = (await current.FindAsync(slug, http.User, http.RequestAborted))!;
        var entry = await calendars.FindAsync(place.Community, place.Membership, kind, number, http.User.PersonId(), http.RequestAborted);
        if (entry is null)
        {
            return Results.NotFound();
        }

        var name = kind == SessionKind.PreparationMeeting ? "preparation-meeting" : "session";
        return files.Ics(http, [entry], feedName: null, $"{place.Community.Slug}-{name}-{number}.ics");
    }

    private static async Task<IResult> CommunityAsync(string slug, HttpContext http, CurrentCommunity current, SessionCalendars calendars, CalendarFiles files)
    {
        var place = (await current.FindAsync(slug, http.User, http.RequestAborted))!;
        var entries = await calendars.ForCommunityAsync(place.Community, place.Membership, http.User.PersonId(), http.RequestAborted);
        return files.Ics(http, entries, place.Community.Name, $"{place.Community.Slug}.ics");
    }

    private static async Task<IResult> PersonAsync(string token, HttpContext http, CalendarFeeds feeds, SessionCalendars calendars, CalendarFiles files)
    {
        if (await feeds.FindPersonAsync(token, http.RequestAborted) is not { } personId)
        {
            return Results.NotFound();
        }

        // A secret address: search engines and shared caches must not keep it.
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var entries = await calendars.ForPersonAsync(personId, http.RequestAborted);
        return files.Ics(http, entries, CalendarFiles.PersonFeedName, "roundtable.ics");
    }
}
