using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.DemoData;

// The rooms the demo's sessions kept, closed as they were at the end, and what was said in them:
// one room per session however many parts of the demo speak in it, and the members taking turns.
public sealed class DemoRooms(RoundtableDb db, IReadOnlyList<Membership> members)
{
    private readonly Dictionary<Guid, Room> rooms = [];
    private int speaker;

    public Room For(Session session)
    {
        if (!rooms.TryGetValue(session.Id, out var room))
        {
            room = new Room { SessionId = session.Id, State = RoomState.Closed, OpenedAt = session.StartsAt, ClosedAt = session.EndsAt, CreatedAt = session.StartsAt };
            db.Rooms.Add(room);
            rooms[session.Id] = room;
        }

        return room;
    }

    public Guid Member(int turn) => members[turn % members.Count].PersonId;

    // Said in the session's room by the next member in turn: an answer to the prompt while it was
    // open, anything else a minute after the one before.
    public Contribution Say(Session session, string text, bool anonymous = false, RoomPrompt? prompt = null)
    {
        var room = For(session);
        room.LastSequence++;
        var contribution = new Contribution
        {
            Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = room.LastSequence, PromptId = prompt?.Id, Kind = ContributionKind.Text,
            PersonId = Member(speaker++), Anonymous = anonymous, Text = text,
            CreatedAt = prompt is null ? session.StartsAt.AddMinutes(20 + room.LastSequence) : prompt.OpenedAt.AddSeconds(room.LastSequence),
        };
        db.Contributions.Add(contribution);
        return contribution;
    }
}
