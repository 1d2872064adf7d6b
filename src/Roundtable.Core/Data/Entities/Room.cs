namespace Roundtable.Core.Data.Entities;

public enum RoomState
{
    NotOpen = 0,
    Open = 1,
    Closed = 2,
}

// The live room of one session or preparation meeting: where people write, answer, react and
// are heard while it runs, and whose contributions become the session's record afterwards.
// Every change clients must see is numbered in the room's own sequence (LastSequence is the
// last number given out) and kept in RoomEvents, so a client that reconnects misses nothing.
public class Room
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public RoomState State { get; set; }

    // Where the room is in the session's running order, and since when: time used against
    // time planned.
    public Guid? CurrentItemId { get; set; }

    public DateTimeOffset? CurrentItemStartedAt { get; set; }

    public long LastSequence { get; set; }

    // Only hashes of the links' secrets are kept: the join link lets guests in, the projector
    // link shows the room read-only on a shared screen. Making a new one stops the old.
    public string? JoinTokenHash { get; set; }

    public string? ProjectorTokenHash { get; set; }

    // The short code shown on the projector and console while the room is open (RoomCodes),
    // unique among open rooms; null while it is not open, so a closed room's code opens nothing.
    public string? Code { get; set; }

    // Whether someone with the room code may come in as a guest, not only members. Off unless
    // the facilitator chooses it: a code read aloud travels further than a link.
    public bool GuestsMayJoinByCode { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
