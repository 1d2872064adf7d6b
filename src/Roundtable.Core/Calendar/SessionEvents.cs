using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Calendar;

// A session as an event in someone's calendar. The meeting link goes in only for someone booked
// on it: a calendar is easily shared, and the link is what lets people into the room.
public static class SessionEvents
{
    public const string Online = "Online";

    // The session's id never changes, even when it is moved, renumbered or cancelled.
    public static string Uid(Guid sessionId) => $"{sessionId:D}@roundtable";

    public static string Summary(SessionKind kind, int number, string? topic)
    {
        var name = kind == SessionKind.PreparationMeeting ? $"Preparation meeting {number}" : $"Session {number}";
        return string.IsNullOrWhiteSpace(topic) ? name : $"{name}: {topic.Trim()}";
    }

    public static string? Location(Session session) =>
        !string.IsNullOrWhiteSpace(session.Venue) && session.Format != SessionFormat.Online ? session.Venue.Trim()
        : session.Format == SessionFormat.InPerson ? null
        : Online;

    public static CalendarEvent For(Session session, string communityName, Uri page, bool withMeetingLink) => new()
    {
        Uid = Uid(session.Id),
        StartsAt = session.StartsAt,
        EndsAt = session.EndsAt,
        Summary = Summary(session.Kind, session.Number, session.Topic),
        Description = Description(session, communityName, page, withMeetingLink),
        Location = Location(session),
        Url = page,
        Sequence = session.Sequence,
        Cancelled = session.IsCancelled,
        Created = session.CreatedAt,
        LastModified = session.UpdatedAt,
    };

    private static string Description(Session session, string communityName, Uri page, bool withMeetingLink)
    {
        var lines = new List<string>();
        if (session.IsCancelled)
        {
            lines.Add(string.IsNullOrWhiteSpace(session.CancelReason) ? "Cancelled." : $"Cancelled: {session.CancelReason.Trim()}");
            lines.Add("");
        }

        lines.Add(session.Kind == SessionKind.PreparationMeeting
            ? $"The lived-expert group's preparation meeting for {communityName}."
            : $"{communityName}.");

        if (session.Format != SessionFormat.Online && !string.IsNullOrWhiteSpace(session.Venue))
        {
            lines.Add(session.Format == SessionFormat.Hybrid
                ? $"In person at {session.Venue.Trim()}, or online."
                : $"In person at {session.Venue.Trim()}.");
            if (!string.IsNullOrWhiteSpace(session.Directions))
            {
                lines.Add(session.Directions.Trim());
            }
        }

        if (!session.IsCancelled && session.Format != SessionFormat.InPerson)
        {
            lines.Add(withMeetingLink && !string.IsNullOrWhiteSpace(session.MeetingLink)
                ? $"Join online: {session.MeetingLink.Trim()}"
                : "The link to join online is shown to people booked on it.");
        }

        lines.Add("");
        lines.Add($"Details: {page.AbsoluteUri}");
        return string.Join('\n', lines);
    }
}
