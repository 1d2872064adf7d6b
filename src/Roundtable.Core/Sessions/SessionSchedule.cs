using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SignUps;

namespace Roundtable.Core.Sessions;

// What an editor may change about one session.
public sealed record SessionDetails(
    string? Topic,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    SessionFormat Format,
    string? MeetingLink,
    string? Venue,
    string? Directions,
    bool? StepFreeAccess,
    bool? QuietRoom,
    int? Capacity)
{
    public static SessionDetails Of(Session s) =>
        new(s.Topic, s.StartsAt, s.EndsAt, s.Format, s.MeetingLink, s.Venue, s.Directions, s.StepFreeAccess, s.QuietRoom, s.Capacity);

    // Everything but the number of places ends up in people's calendars.
    public bool ChangesCalendars(SessionDetails before) => this with { Capacity = before.Capacity } != before;
}

// A change to one session as an editor sends it, every field as it should be after the change:
// times as typed ("14:00", "2pm"). SeenVersion is the version they were shown (VersionOf).
public sealed record SessionEdit(
    string? Topic,
    DateOnly? Date,
    string? StartTime,
    string? EndTime,
    SessionFormat? Format,
    string? MeetingLink,
    string? Venue,
    string? Directions,
    bool? StepFreeAccess,
    bool? QuietRoom,
    int? Capacity,
    string? SeenVersion)
{
    public const int MaxCapacity = 10_000;

    // The session as it is saved now: an edit that changes nothing.
    public static SessionEdit Of(Session s) => new(
        s.Topic, UkTimeZone.DateOf(s.StartsAt), SessionWords.Time(s.StartsAt), SessionWords.Time(s.EndsAt), s.Format, s.MeetingLink,
        s.Venue, s.Directions, s.StepFreeAccess, s.QuietRoom, s.Capacity, SessionSchedule.VersionOf(s));

    // The details to save, or null with what is wrong noted against each field.
    public SessionDetails? Read(Problems problems)
    {
        var topic = problems.Optional(nameof(Topic), Topic, "The topic", Session.TopicMaxLength);
        if (Date is null)
        {
            problems.Add(nameof(Date), "Enter the date of the session");
        }

        var start = problems.Time(nameof(StartTime), StartTime, "Enter the time it starts, like 14:00");
        var end = problems.Time(nameof(EndTime), EndTime, "Enter the time it ends, like 16:00");
        if (start is not null && end is not null && end <= start)
        {
            problems.Add(nameof(EndTime), "The end time must be after the start time");
        }

        var format = problems.Chosen(nameof(Format), Format, "Choose whether it is online, in person or both");
        var link = problems.WebAddress(
            nameof(MeetingLink), MeetingLink, "The meeting link", Session.MeetingLinkMaxLength, "Enter the meeting link as a full web address, starting https://");
        var venue = problems.Optional(nameof(Venue), Venue, "The venue", Session.VenueMaxLength);
        var directions = problems.Optional(nameof(Directions), Directions, "How to get there", Session.DirectionsMaxLength);
        var capacity = Capacity is null ? null : problems.InRange(nameof(Capacity), Capacity, "", "The number of places", 1, MaxCapacity);
        if (problems.Any)
        {
            return null;
        }

        return new SessionDetails(
            topic, UkTimeZone.ToUtc(Date!.Value, start!.Value), UkTimeZone.ToUtc(Date.Value, end!.Value), format!.Value, link, venue, directions,
            StepFreeAccess, QuietRoom, capacity);
    }
}

public sealed record Recipient(string Email, string? Name);

// Finding, changing and cancelling one session. Each change is checked against the version the
// editor saw and written only if nobody saved in between, so no one's change is silently lost;
// and each is safe to send twice. What a change sets going happens here too: more places book
// those waiting longest, and a cancellation emails everyone who was coming.
public sealed class SessionSchedule(RoundtableDb db, TimeProvider clock, SigningUp signingUp, SessionEmails emails)
{
    public enum Outcome
    {
        Saved,
        Unchanged,

        // What they sent has Problems: nothing changed.
        Invalid,
        ChangedMeanwhile,
        CapacityBelowBooked,
        AlreadyCancelled,
        NotFound,
    }

    public sealed record Change(Outcome Outcome, Session? Current, int Booked = 0, IReadOnlyList<Problem>? Problems = null)
    {
        // What to tell an editor who asked for fewer places than are booked: the count, and the least they can set.
        public string? Problem => Outcome == Outcome.CapacityBelowBooked
            ? $"{(Booked == 1 ? "1 person is" : $"{Booked} people are")} already booked: capacity must be at least {Booked}"
            : null;

        // Why nothing was changed, for an outcome that is not about one field.
        public string? Refusal => Outcome switch
        {
            Outcome.AlreadyCancelled => $"{SessionWords.Name(Current!)} is cancelled, so it cannot be changed.",
            Outcome.ChangedMeanwhile => $"Someone else changed {SessionWords.Name(Current!)} after the version you saw.",
            _ => null,
        };
    }

    public sealed record Cancellation(Outcome Outcome, IReadOnlyList<Recipient> ToTell, IReadOnlyList<Problem>? Problems = null);

    // The version an edit form carries: when the session was last saved, to the tick.
    public static string VersionOf(Session session) => session.UpdatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<Session?> FindAsync(Guid communityId, SessionKind kind, int number, CancellationToken cancellationToken = default) =>
        db.Sessions.AsNoTracking()
            .Include(s => s.RunningOrder)
            .SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Kind == kind && s.Number == number, cancellationToken);

    public Task<int> BookedCountAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.SignUps.CountAsync(s => s.SessionId == sessionId && s.Status == SignUpStatus.Booked, cancellationToken);

    public Task<bool> IsBookedAsync(Guid sessionId, Guid? personId, CancellationToken cancellationToken = default) =>
        personId is null
            ? Task.FromResult(false)
            : db.SignUps.AnyAsync(s => s.SessionId == sessionId && s.PersonId == personId && s.Status == SignUpStatus.Booked, cancellationToken);

    public async Task<Change> ChangeAsync(Guid sessionId, SessionEdit edit, CancellationToken cancellationToken = default)
    {
        var current = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (current is null)
        {
            return new(Outcome.NotFound, null);
        }

        var problems = new Problems();
        if (edit.Read(problems) is not { } details)
        {
            return new(Outcome.Invalid, current, Problems: problems);
        }

        var seenVersion = edit.SeenVersion;

        if (current.IsCancelled)
        {
            return new(Outcome.AlreadyCancelled, current);
        }

        var before = SessionDetails.Of(current);
        if (details == before)
        {
            // Saving what is saved already (a second click, or the same change made twice) is fine.
            return new(Outcome.Unchanged, current);
        }

        if (seenVersion != VersionOf(current))
        {
            return new(Outcome.ChangedMeanwhile, current);
        }

        if (details.Capacity is { } capacity && details.Capacity != before.Capacity)
        {
            var booked = await BookedCountAsync(sessionId, cancellationToken);
            if (capacity < booked)
            {
                return new(Outcome.CapacityBelowBooked, current, booked);
            }
        }

        var bump = details.ChangesCalendars(before) ? 1 : 0;
        var stamp = NextStamp(current);
        var written = await db.Sessions
            .Where(s => s.Id == sessionId && s.UpdatedAt == current.UpdatedAt && s.Status == SessionStatus.Scheduled)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Topic, details.Topic)
                .SetProperty(s => s.StartsAt, details.StartsAt)
                .SetProperty(s => s.EndsAt, details.EndsAt)
                .SetProperty(s => s.Format, details.Format)
                .SetProperty(s => s.MeetingLink, details.MeetingLink)
                .SetProperty(s => s.Venue, details.Venue)
                .SetProperty(s => s.Directions, details.Directions)
                .SetProperty(s => s.StepFreeAccess, details.StepFreeAccess)
                .SetProperty(s => s.QuietRoom, details.QuietRoom)
                .SetProperty(s => s.Capacity, details.Capacity)
                .SetProperty(s => s.Sequence, s => s.Sequence + bump)
                .SetProperty(s => s.UpdatedAt, stamp), cancellationToken);
        if (written == 0)
        {
            // Another save landed between our read and our write.
            var now = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            return new(now is null ? Outcome.NotFound : now.IsCancelled ? Outcome.AlreadyCancelled : Outcome.ChangedMeanwhile, now);
        }

        var saved = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (saved.Kind == SessionKind.Session && saved.Capacity != before.Capacity)
        {
            // More places, or no limit now: the people waiting longest are booked into them, and told.
            await signingUp.FillFreePlacesAsync(saved.Id, cancellationToken);
        }

        return new(Outcome.Saved, saved);
    }

    // Cancels one session, leaving the rest of its series as it was, and says who must be told:
    // everyone booked or waiting for a place. Nobody signs up to a preparation meeting: the whole
    // lived-expert group and its co-leads are invited, so they are told. Cancelling twice tells
    // nobody twice.
    public async Task<Cancellation> CancelAsync(Guid sessionId, string? reason, CancellationToken cancellationToken = default)
    {
        var current = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (current is null)
        {
            return new(Outcome.NotFound, []);
        }

        if (current.IsCancelled)
        {
            return new(Outcome.AlreadyCancelled, []);
        }

        var problems = new Problems();
        var why = problems.Required("Reason", reason, "Enter why it is cancelled", "The reason", Session.CancelReasonMaxLength);
        if (why is null)
        {
            return new(Outcome.Invalid, [], problems);
        }

        var stamp = NextStamp(current);
        var written = await db.Sessions
            .Where(s => s.Id == sessionId && s.Status == SessionStatus.Scheduled)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SessionStatus.Cancelled)
                .SetProperty(s => s.CancelledAt, clock.GetUtcNow())
                .SetProperty(s => s.CancelReason, why)
                .SetProperty(s => s.Sequence, s => s.Sequence + 1)
                .SetProperty(s => s.UpdatedAt, stamp), cancellationToken);
        if (written == 0)
        {
            return new(Outcome.AlreadyCancelled, []);
        }

        var toTell = current.Kind == SessionKind.PreparationMeeting
            ? await db.Memberships.AsNoTracking()
                .Where(m => m.CommunityId == current.CommunityId && m.LeftAt == null && (m.InLivedExpertGroup || m.Role == CommunityRole.CoLead))
                .Where(m => m.Person.Email != null)
                .OrderBy(m => m.JoinedAt)
                .Select(m => new Recipient(m.Person.Email!, m.Person.DisplayName))
                .ToListAsync(cancellationToken)
            : await db.SignUps.AsNoTracking()
                .Where(s => s.SessionId == sessionId && (s.Status == SignUpStatus.Booked || s.Status == SignUpStatus.Waiting))
                .Where(s => s.Person.Email != null)
                .OrderBy(s => s.SignedUpAt)
                .Select(s => new Recipient(s.Person.Email!, s.Person.DisplayName))
                .ToListAsync(cancellationToken);
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == current.CommunityId, cancellationToken);
        await emails.CancelledAsync(community, current, why, toTell, cancellationToken);
        return new(Outcome.Saved, toTell);
    }

    // Later than the last save by at least a microsecond (PostgreSQL keeps no finer), even when
    // the clock has not moved, so two saves never share a version.
    private DateTimeOffset NextStamp(Session current)
    {
        var now = clock.GetUtcNow();
        var least = current.UpdatedAt.AddTicks(TimeSpan.TicksPerMicrosecond);
        var stamp = now > least ? now : least;
        return new DateTimeOffset(stamp.UtcTicks - (stamp.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }
}
