using System.Text.Json;
using System.Text.Json.Serialization;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

// What an event tells clients, as JSON (camelCase, enums by name). Nothing here carries who wrote
// an anonymous contribution: a contribution has a name only when its author chose to be named.
public static class RoomPayloads
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialise<T>(T payload) => JsonSerializer.Serialize(payload, Json);
}

public sealed record RoomStateView(RoomState State, DateTimeOffset At);

// The running-order item the room is on (none: between items), and when it started.
public sealed record ItemView(Guid? ItemId, string? Title, int? Minutes, DateTimeOffset? StartedAt);

public sealed record PromptView(
    Guid Id, PromptKind Kind, string Text, PromptAudience Audience, bool AsksGoodEnough,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);

public sealed record PhotoView(string Description, string ContentType);

// A contribution as everyone in the room may see it. Name is null when it is anonymous (or, for
// something said aloud, when the speaker chose not to be named).
public sealed record ContributionView(
    Guid Id, long Sequence, Guid? PromptId, int? BreakoutGroupNumber, ContributionKind Kind,
    string? Text, int? Scale, int? GoodEnough, string? Name, PhotoView? Photo, bool Pinned, DateTimeOffset CreatedAt);

// Hidden or deleted: clients take it away. Nothing of what it said.
public sealed record ContributionRemovedView(Guid Id);

public sealed record ContributionPinnedView(Guid Id, bool Pinned);

public sealed record ReactionCounts(Guid ContributionId, int Agree, int ThankYou, int Heart, int Lightbulb, int Question)
{
    public int Total => Agree + ThankYou + Heart + Lightbulb + Question;

    public static ReactionCounts Of(Guid contributionId, IEnumerable<ReactionKind> kinds)
    {
        var list = kinds.ToList();
        return new ReactionCounts(
            contributionId,
            list.Count(k => k == ReactionKind.Agree),
            list.Count(k => k == ReactionKind.ThankYou),
            list.Count(k => k == ReactionKind.Heart),
            list.Count(k => k == ReactionKind.Lightbulb),
            list.Count(k => k == ReactionKind.Question));
    }
}

// One entry of the room's log as clients receive it: Payload is the JSON of the view the kind
// names (RoomStateView, ItemView, PromptView, ContributionView, ContributionRemovedView,
// ContributionPinnedView or ReactionCounts). BreakoutGroup: the group a contribution it shows was
// said in, so that only that group, the facilitators and the projector receive it.
public sealed record RoomEventView(long Sequence, RoomEventKind Kind, string Payload, DateTimeOffset At, int? BreakoutGroup = null)
{
    public static RoomEventView Of(RoomEvent e) => new(e.Sequence, e.Kind, e.Payload, e.CreatedAt, e.BreakoutGroup);
}
