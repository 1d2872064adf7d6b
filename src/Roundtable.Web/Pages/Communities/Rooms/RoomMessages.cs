using System.Text.Json;
using System.Text.Json.Serialization;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// Which room a connection joins: a session by its id, or by its community, kind and number as
// in its address. LastSeen is the last sequence number the client saw (0 for a new client).
// A guest sends the secret their browser keeps (or it is read from the guest cookie); the
// projector sends its link's token.
public sealed record JoinRoom(
    Guid? SessionId = null, string? Community = null, SessionKind? Kind = null, int? Number = null, long LastSeen = 0,
    string? GuestToken = null, string? ProjectorToken = null);

public sealed record PrincipleView(string Name, string Description);

// What a client needs to show the room, and everything after its LastSeen. Through is the last
// sequence number this answer covers (some events may be for other breakout groups): with More,
// ask CatchUp(Through) for the rest. Mine: the caller's own contributions, so anonymous ones can
// be shown as theirs to them alone. Hidden: facilitators only.
public sealed record RoomJoined(
    Guid RoomId, Guid SessionId, RoomSeatKind Seat, RoomState State, ItemView Item, IReadOnlyList<PrincipleView> Principles,
    IReadOnlyList<PromptView> OpenPrompts, int? BreakoutGroup, bool CanScribe,
    IReadOnlyList<RoomMessage> Events, long Through, bool More, IReadOnlyList<Guid> Mine, IReadOnlyList<HiddenContribution>? Hidden);

public sealed record RoomCatchUp(IReadOnlyList<RoomMessage> Events, long Through, bool More);

// One entry of the room's log as a client receives it (client method "RoomEvent"): Payload is
// the view the kind names (see RoomEventView), as JSON rather than as text holding JSON.
// BreakoutGroup decides who is sent it and is not sent itself: the payload says it already.
public sealed record RoomMessage(long Sequence, RoomEventKind Kind, JsonElement Payload, DateTimeOffset At)
{
    [JsonIgnore]
    public int? BreakoutGroup { get; init; }

    public static RoomMessage Of(RoomEventView e)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new RoomMessage(e.Sequence, e.Kind, payload.RootElement.Clone(), e.At) { BreakoutGroup = e.BreakoutGroup };
    }
}

// A contribution as the participant writes it. ClientId is made by their client: sending the
// same one again (a retry, a double tap) stores and broadcasts nothing new. Photos come through
// the room's form, not the hub.
public sealed record Contribute(Guid ClientId, Guid? PromptId, string? Text, int? Scale = null, int? GoodEnough = null, bool Anonymous = false);

// What a scribe heard: SpeakerId is the member who spoke, when they chose to be named; null
// records it with no name.
public sealed record RecordSpoken(Guid ClientId, Guid? PromptId, string? Text, Guid? SpeakerId, int? Scale = null, int? GoodEnough = null);

// KeptAsGeneral: the question closed while they typed; what they wrote is kept, and they are told.
public sealed record Contributed(ContributionOutcome Outcome, ContributionView? Contribution, string? Message);

public sealed record OpenPrompt(PromptKind Kind, string? Text, PromptAudience Audience = PromptAudience.Everyone, bool AsksGoodEnough = false);
