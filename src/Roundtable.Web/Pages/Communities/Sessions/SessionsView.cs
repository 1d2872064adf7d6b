using System.Globalization;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Sessions;

// What the session pages share beyond how sessions are named and dated (SessionWords).
public static class SessionsView
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static Crumb ListCrumb(Community community) => new(SessionWords.ListPath(community.Slug), "Sessions");

    public static Crumb Crumb(Community community, Session session) => new(SessionWords.Path(community.Slug, session), SessionWords.Name(session));

    public static string Length(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => RunningOrderTiming.Minutes(m),
        (1, 0) => "1 hour",
        (var h, 0) => $"{h} hours",
        (1, var m) => $"1 hour {RunningOrderTiming.Minutes(m)}",
        (var h, var m) => $"{h} hours {RunningOrderTiming.Minutes(m)}",
    };

    public static string FormatName(SessionFormat format) => format switch
    {
        SessionFormat.Online => "Online",
        SessionFormat.InPerson => "In person",
        _ => "Hybrid: in person and online",
    };

    public static bool IsOnline(SessionFormat format) => format != SessionFormat.InPerson;

    public static bool IsInPerson(SessionFormat format) => format != SessionFormat.Online;

    public static string YesNo(bool? answer) => answer switch
    {
        true => "Yes",
        false => "No",
        null => "Not known yet",
    };

    public static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    // "43 came to session 2. 38 of the 42 at session 1 came back.": the latest session anyone has
    // been recorded at, against the one before it. Null until attendance has been recorded.
    public static string? AttendanceSummary(IEnumerable<SessionFigures> figures, DateTimeOffset now)
    {
        if (figures.LastOrDefault(f => f.Recorded && f.StartsAt <= now) is not { } latest)
        {
            return null;
        }

        var came = $"{latest.Attended} came to session {latest.Number}";
        return latest.HeldFromPrevious switch
        {
            null => $"{came}.",
            { Of: 1, Came: 1 } held => $"{came}. The 1 person at session {held.FromSession} came back.",
            { Of: 1 } held => $"{came}. The 1 person at session {held.FromSession} did not come back.",
            var held => $"{came}. {held.Came} of the {held.Of} at session {held.FromSession} came back.",
        };
    }
}

// A list of meetings to show as a table.
public sealed record SessionTable(string Slug, string Id, string Caption, IReadOnlyList<Session> Meetings);
