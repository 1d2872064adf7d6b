using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Rooms;

public enum RoomRole
{
    None = 0,

    // Reads the room, writes, answers, reacts.
    Participant = 1,

    // Also steps through the running order, opens and closes prompts, hides and pins, records what
    // people said aloud, and opens and closes the room.
    Facilitator = 2,
}

// Who may be in a live room and what they may do there: the rules pages, the hub and the API all
// ask. A member need not have signed up ("there is no such thing as late"); a preparation meeting's
// room is only for the lived-expert group and the co-leads who support it, and takes no guests.
public static class RoomAccess
{
    public static RoomRole ForMember(Session session, Membership? membership, bool isSiteAdmin)
    {
        var active = membership is { IsActive: true } ? membership : null;
        if (session.IsCancelled || !SessionAccess.CanSee(session.Kind, active))
        {
            return RoomRole.None;
        }

        // Site admins act as a co-lead in a session, but are not let into a preparation meeting
        // by being admins (SessionAccess has already kept them out).
        if (CommunityAccess.Allows(active?.Role, isSiteAdmin && session.Kind == SessionKind.Session, CommunityRole.Facilitator))
        {
            return RoomRole.Facilitator;
        }

        return active is null ? RoomRole.None : RoomRole.Participant;
    }

    public static bool TakesGuests(Session session) =>
        session.Kind == SessionKind.Session && !session.IsCancelled;

    // A projector link opens the room read-only with nobody signed in, so a preparation meeting,
    // which is only for the lived-expert group, has none.
    public static bool HasProjector(Session session) => session.Kind == SessionKind.Session;

    // A room code is read aloud and shown on the wall, so it travels beyond the community: a
    // preparation meeting, which is for the lived-expert group alone, never has one.
    public static bool HasCode(Session session) => session.Kind == SessionKind.Session && !session.IsCancelled;

    // Everyone in the room reads it while it is open and afterwards; writing is only while open.
    public static bool CanContribute(RoomState state) => state == RoomState.Open;

    // A facilitator, or the chair of a breakout group recording what their group said aloud.
    public static bool CanScribe(RoomRole role, bool chairsABreakoutGroup) =>
        role == RoomRole.Facilitator || (role == RoomRole.Participant && chairsABreakoutGroup);
}

// Where a member sits in a session's breakouts: the group they are in (none: they are in no
// group) and whether they chair it. Guests are in no group.
public sealed record BreakoutSeat(int? Group, bool Chairs)
{
    public static readonly BreakoutSeat None = new(null, false);
}

// What someone in a room sees of what was said in breakout groups. Something said in a group is
// for that group: everyone sees what was said to the whole room, and what was said in their own
// group; facilitators and the projector see every group. The hub, the room's pages and its photos
// all ask this, so a page never shows what the live room would not send.
public readonly record struct GroupSight(bool AllGroups, int? Group)
{
    public static GroupSight Everything => new(true, null);

    public static GroupSight Own(int? group) => new(false, group);

    public bool Sees(int? saidInGroup) => saidInGroup is not { } said || AllGroups || Group == said;
}

// Who is acting in a room: a member (by person id) or a guest who came with the join link.
public readonly record struct Participant(Guid? PersonId, Guid? GuestId)
{
    public static Participant Member(Guid personId) => new(personId, null);

    public static Participant Guest(Guid guestId) => new(null, guestId);

    // The one id a reaction or a rate limit is counted against.
    public Guid Id => PersonId ?? GuestId ?? throw new InvalidOperationException("A participant is a member or a guest.");
}
