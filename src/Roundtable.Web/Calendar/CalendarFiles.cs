using System.Text;
using Roundtable.Core.Calendar;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;

namespace Roundtable.Web.Calendar;

// Turns sessions into the .ics file a calendar app reads, with each event linking back to its page.
public sealed class CalendarFiles(ILinks addresses, TimeProvider clock)
{
    public const string PersonFeedName = "My Roundtable sessions";

    // The address of the page a calendar event links back to.
    public static string PagePath(Session session, Community community) =>
        session.Kind == SessionKind.PreparationMeeting
            ? $"/communities/{community.Slug}/preparation-meetings/{session.Number}"
            : $"/communities/{community.Slug}/sessions/{session.Number}";

    public static string CommunityPath(Community community) => $"/communities/{community.Slug}/calendar.ics";

    public static string PersonPath(string token) => $"/calendar/{token}.ics";

    public Uri Link(string path) => addresses.To(path);

    public IResult Ics(HttpContext http, IEnumerable<SessionCalendars.Entry> entries, string? feedName, string fileName)
    {
        var events = entries.Select(e => SessionEvents.For(e.Session, e.Community.Name, Link(PagePath(e.Session, e.Community)), e.Booked));
        var text = CalendarFile.Write(events, clock.GetUtcNow(), feedName);

        // What a calendar holds may be personal (a meeting link, a private community): never kept
        // on the way, and fetched afresh each time so moved and cancelled sessions show.
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(Encoding.UTF8.GetBytes(text), CalendarFile.ContentType, fileName);
    }
}
