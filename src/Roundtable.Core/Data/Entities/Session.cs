namespace Roundtable.Core.Data.Entities;

public enum SessionFormat
{
    Online = 0,
    InPerson = 1,
    Hybrid = 2,
}

public enum SessionKind
{
    Session = 0,

    // The lived-expert group's own meeting in the month between sessions, where they shape the
    // next agenda: seen only by the group and the co-leads.
    PreparationMeeting = 1,
}

public enum SessionStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

// One meeting of the community: a session (numbered 1, 2, 3… in the community) or a
// preparation meeting (numbered in its own run).
public class Session
{
    public const int TopicMaxLength = 200;
    public const int MeetingLinkMaxLength = 500;
    public const int VenueMaxLength = 200;
    public const int DirectionsMaxLength = 1000;
    public const int CancelReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid? SeriesId { get; init; }

    public Series? Series { get; init; }

    public SessionKind Kind { get; init; }

    public int Number { get; init; }

    // A topic, not an agenda.
    public string? Topic { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public SessionFormat Format { get; set; }

    // Shown only to people signed up.
    public string? MeetingLink { get; set; }

    public string? Venue { get; set; }

    // How to get there, parking, the entrance to use.
    public string? Directions { get; set; }

    public bool? StepFreeAccess { get; set; }

    public bool? QuietRoom { get; set; }

    // Null: no limit.
    public int? Capacity { get; set; }

    public SessionStatus Status { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    // Calendar files carry it as SEQUENCE: raised on every change people's calendars must see.
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RunningOrderItem> RunningOrder { get; } = [];

    public bool IsCancelled => Status == SessionStatus.Cancelled;
}
