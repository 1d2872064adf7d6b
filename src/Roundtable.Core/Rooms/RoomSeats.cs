using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public enum RoomSeatKind
{
    Participant = 0,
    Facilitator = 1,
    Guest = 2,

    // Read-only: the shared screen.
    Projector = 3,
}

// Where someone sits in a live room: which room, as what, and in which breakout group, and so what
// they may do and see there. Who (a member or a guest) is null for the projector.
public sealed record RoomSeat(Room Room, RoomSeatKind Kind, Participant? Who, BreakoutSeat Breakout)
{
    public Session Session => Room.Session;

    public RoomRole Role => Kind switch
    {
        RoomSeatKind.Facilitator => RoomRole.Facilitator,
        RoomSeatKind.Participant or RoomSeatKind.Guest => RoomRole.Participant,
        _ => RoomRole.None,
    };

    public bool CanScribe => Who?.PersonId is not null && RoomAccess.CanScribe(Role, Breakout.Chairs);

    // Facilitators and the projector see every breakout group; everyone else their own.
    public GroupSight Sight => Kind is RoomSeatKind.Facilitator or RoomSeatKind.Projector ? GroupSight.Everything : GroupSight.Own(Breakout.Group);
}

// Who is let into which live room, and as what: members by their membership (RoomAccess), guests
// by the secret their browser keeps from the join link (their own session's room only), the
// projector by its link. The room's pages, its hub and its API all ask here, so they never differ.
public sealed class RoomSeats(RoundtableDb db, LiveRooms rooms, RoomLinks links)
{
    // Null: not let in.
    public async Task<RoomSeat?> ForMemberAsync(Session session, Membership? membership, Guid personId, bool isSiteAdmin, CancellationToken cancellationToken = default)
    {
        var role = RoomAccess.ForMember(session, membership, isSiteAdmin);
        if (role == RoomRole.None)
        {
            return null;
        }

        var room = await rooms.GetOrCreateAsync(session.Id, cancellationToken);
        var breakout = await rooms.BreakoutSeatAsync(session.Id, personId, cancellationToken);
        return new RoomSeat(room, role == RoomRole.Facilitator ? RoomSeatKind.Facilitator : RoomSeatKind.Participant, Participant.Member(personId), breakout);
    }

    // As ForMemberAsync, finding the person's membership of the session's community.
    public async Task<RoomSeat?> ForPersonAsync(Session session, Guid personId, bool isSiteAdmin, CancellationToken cancellationToken = default)
    {
        var membership = await db.Memberships.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CommunityId == session.CommunityId && m.PersonId == personId && m.LeftAt == null, cancellationToken);
        return await ForMemberAsync(session, membership, personId, isSiteAdmin, cancellationToken);
    }

    // A guest of a session that takes guests; sessionId, when given, must be theirs.
    public async Task<RoomSeat?> ForGuestAsync(string secret, Guid? sessionId = null, CancellationToken cancellationToken = default)
    {
        if (await links.FindGuestAsync(secret, cancellationToken) is not { } guest ||
            await rooms.FindAsync(guest.RoomId, cancellationToken) is not { } room ||
            !RoomAccess.TakesGuests(room.Session) ||
            (sessionId is { } id && id != room.SessionId))
        {
            return null;
        }

        return new RoomSeat(room, RoomSeatKind.Guest, Participant.Guest(guest.Id), BreakoutSeat.None);
    }

    // The shared screen; sessionId, when given, must be the link's.
    public async Task<RoomSeat?> ForProjectorAsync(string token, Guid? sessionId = null, CancellationToken cancellationToken = default) =>
        await links.FindByProjectorLinkAsync(token, cancellationToken) is { } room && (sessionId is null || sessionId == room.SessionId)
            ? new RoomSeat(room, RoomSeatKind.Projector, null, BreakoutSeat.None)
            : null;
}
