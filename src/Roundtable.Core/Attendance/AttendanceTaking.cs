using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Attendance;

// When a session's attendance can be recorded: from its day on (an online meeting's report comes
// after it ends), and never for a cancelled session, which nobody came to.
public static class AttendanceTaking
{
    // Why attendance cannot be recorded for the session (yet, or at all); null when it can.
    public static string? WhyClosed(Session session, DateOnly today) =>
        session.IsCancelled
            ? $"Session {session.Number} was cancelled, so there is no attendance to record."
            : today < UkTimeZone.DateOf(session.StartsAt)
                ? $"Attendance can be recorded from the day of Session {session.Number}."
                : null;
}
