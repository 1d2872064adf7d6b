using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The live room of a session or preparation meeting, read as its pages show it (RoomAccess): a
// session's room for the community's members, a preparation meeting's only for the lived-expert
// group and its co-leads, and not found to everyone else. Participants read what was said to the
// whole room and in their own breakout group; facilitators read every group, and what was hidden,
// marked with why. Nobody, facilitators included, is told who wrote an anonymous contribution.
public static class RoomApi
{
    // YourBreakoutGroup: the caller's group, whose contributions they see besides the whole room's
    // (facilitators see every group's).
    public sealed record RoomSummary(
        RoomState State,
        RoomRole YouAre,
        int? YourBreakoutGroup,
        DateTimeOffset? OpenedAt,
        DateTimeOffset? ClosedAt,
        RoomItem? CurrentItem,
        RoomCounts Counts);

    // Where the room is in the running order: time used against time planned.
    public sealed record RoomItem(Guid Id, string Title, int Minutes, DateTimeOffset StartedAt, int MinutesUsed);

    // What the caller can see. Hidden is only for facilitators.
    public sealed record RoomCounts(
        int Prompts,
        int OpenPrompts,
        int Contributions,
        int Reactions,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Hidden);

    // Name only when its author (or, said aloud, its speaker) chose to be named. Hidden, and why,
    // only for facilitators.
    public sealed record RoomContribution(
        Guid Id,
        long Sequence,
        Guid? PromptId,
        int? BreakoutGroupNumber,
        ContributionKind Kind,
        string? Text,
        int? Scale,
        int? GoodEnough,
        string? Name,
        RoomPhoto? Photo,
        bool Pinned,
        DateTimeOffset CreatedAt,
        ReactionTally Reactions,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Hidden,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HiddenReason,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? HiddenAt);

    public sealed record RoomPhoto(string Description, string ContentType, string Url);

    // More: there is more after the last one here; ask again with its sequence as after.
    public sealed record RoomContributions(IReadOnlyList<RoomContribution> Contributions, bool More);

    // The session's record of reactions: per prompt (and per breakout group within it), on what
    // was said outside any prompt, and in all.
    public sealed record RoomReactions(ReactionTally Total, IReadOnlyList<PromptReactions> Prompts, ReactionTally General);

    public sealed record PromptReactions(Guid PromptId, PromptKind Kind, string Text, ReactionTally Reactions, IReadOnlyList<GroupReactions> Groups);

    // Group null: said to the whole room.
    public sealed record GroupReactions(int? Group, ReactionTally Reactions);

    private sealed record Visit(Room? Room, RoomRole Role, RoomReader Reader);

    private const string Readers =
        "Participants read what was said to the whole room and in their own breakout group; facilitators read every group's. ";

    // Who is asking, and the services every room endpoint uses to find the room and read it.
    public readonly record struct RoomCall(
        HttpContext Http, CurrentCommunity Current, SessionSchedule Schedule, LiveRooms Rooms, RoomRecord Record, CancellationToken CancellationToken);

    public static RouteGroupBuilder MapRoomApi(this RouteGroupBuilder community)
    {
        Map(community, SessionKind.Session);
        Map(community, SessionKind.PreparationMeeting);
        return community;
    }

    private static void Map(RouteGroupBuilder community, SessionKind kind)
    {
        var session = kind == SessionKind.Session;
        var (place, name) = session ? ("sessions", "SessionRoom") : ("preparation-meetings", "PreparationMeetingRoom");
        var meeting = session ? "a session" : "a preparation meeting (for the lived-expert group and co-leads; not found to anyone else)";
        var room = community.MapGroup($"/{place}/{{number:int}}/room")
            .RequireAuthorization(session ? Policies.CommunityMember : Policies.LivedExpertGroup)
            .ProducesProblem(StatusCodes.Status404NotFound);
        if (session)
        {
            room.ProducesProblem(StatusCodes.Status403Forbidden);
        }

        room.MapGet("/", (string slug, int number, [AsParameters] RoomCall call, Moderation moderation, RoundtableDb db, TimeProvider clock) =>
                GetAsync(kind, slug, number, call, moderation, db, clock))
            .WithName("Get" + name)
            .WithSummary($"The live room of {meeting}: whether it is open, the running-order item it is on, and how much has been said.")
            .WithDescription(Readers + "The counts are of what the caller can read; facilitators also see how many contributions are hidden.");

        room.MapGet("/prompts", (string slug, int number, [AsParameters] RoomCall call, Prompts prompts) =>
                ListPromptsAsync(kind, slug, number, call, prompts))
            .WithName("List" + name + "Prompts")
            .WithSummary($"Every question put to the live room of {meeting}, in the order asked, with when each opened and closed.");

        room.MapGet("/contributions", (string slug, int number, long? after, int? take, [AsParameters] RoomCall call) =>
                ListContributionsAsync(kind, slug, number, after, take, call))
            .WithName("List" + name + "Contributions")
            .WithSummary($"What was said in the live room of {meeting}, in order, with reaction counts: names only where people chose to be named.")
            .WithDescription(
                Readers + "An anonymous contribution carries no name, and nothing else about who wrote it. Deleted contributions are gone; " +
                "hidden ones are listed only to facilitators, with hidden: true and why. Send after (a sequence number) for only what came " +
                $"after it, and take for at most that many (1 to {RoomRecord.PageSize}, {RoomRecord.PageSize} unless given); with more: true, ask again " +
                "after the last one listed.")
            .ProducesValidationProblem();

        room.MapGet("/contributions/{id:guid}/photo", (string slug, int number, Guid id, [AsParameters] RoomCall call) =>
                GetPhotoAsync(kind, slug, number, id, call))
            .WithName("Get" + name + "Photo")
            .WithSummary($"The photo of a drawing or flipchart shared in the live room of {meeting}; its description is with the contribution.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/gif", "image/webp");

        room.MapGet("/reactions", (string slug, int number, [AsParameters] RoomCall call) => GetReactionsAsync(kind, slug, number, call))
            .WithName("Get" + name + "Reactions")
            .WithSummary($"How people reacted in the live room of {meeting}: counts of each kind per question (and per breakout group), never who reacted.")
            .WithDescription(Readers + "Reactions to hidden contributions are not counted.");
    }

    private static async Task<Results<Ok<RoomSummary>, ProblemHttpResult>> GetAsync(
        SessionKind kind, string slug, int number, RoomCall call, Moderation moderation, RoundtableDb db, TimeProvider clock)
    {
        var (visit, problem) = await EnterAsync(kind, slug, number, call);
        if (visit is null)
        {
            return problem!;
        }

        var room = visit.Room;
        var said = room is null ? null : await call.Record.ForSessionAsync(room.SessionId, call.CancellationToken);
        var seen = Seen(said, visit.Reader).ToList();
        var item = room is null ? null : await ItemAsync(room, db, clock, call.CancellationToken);
        var hidden = visit.Role != RoomRole.Facilitator ? (int?)null
            : room is null ? 0
            : (await moderation.HiddenAsync(room.Id, call.CancellationToken)).Count;
        return TypedResults.Ok(new RoomSummary(
            room?.State ?? RoomState.NotOpen,
            visit.Role,
            visit.Reader.BreakoutGroup,
            room?.OpenedAt,
            room?.ClosedAt,
            item,
            new RoomCounts(
                said?.Prompts.Count ?? 0,
                said?.Prompts.Count(p => p.Prompt.ClosedAt is null) ?? 0,
                seen.Count,
                seen.Sum(c => c.Reactions.Total),
                hidden)));
    }

    private static async Task<Results<Ok<List<PromptView>>, ProblemHttpResult>> ListPromptsAsync(
        SessionKind kind, string slug, int number, RoomCall call, Prompts prompts)
    {
        var (visit, problem) = await EnterAsync(kind, slug, number, call);
        if (visit is null)
        {
            return problem!;
        }

        return TypedResults.Ok(visit.Room is null ? [] : (await prompts.InRoomAsync(visit.Room.Id, call.CancellationToken)).Select(Prompts.View).ToList());
    }

    private static async Task<Results<Ok<RoomContributions>, ValidationProblem, ProblemHttpResult>> ListContributionsAsync(
        SessionKind kind, string slug, int number, long? after, int? take, RoomCall call)
    {
        var (visit, problem) = await EnterAsync(kind, slug, number, call);
        if (visit is null)
        {
            return problem!;
        }

        if (after < 0)
        {
            return ApiProblems.Invalid("after", "Send after as a sequence number of 0 or more, or leave it out to start from the beginning");
        }

        if (take is < 1 or > RoomRecord.PageSize)
        {
            return ApiProblems.Invalid("take", $"Send take as a number from 1 to {RoomRecord.PageSize}, or leave it out for {RoomRecord.PageSize}");
        }

        if (visit.Room is null)
        {
            return TypedResults.Ok(new RoomContributions([], false));
        }

        var page = await call.Record.ContributionsAsync(visit.Room.Id, visit.Reader, after ?? 0, take ?? RoomRecord.PageSize, call.CancellationToken);
        var path = SessionsApi.Path(slug, kind, number) + "/room/contributions";
        var facilitator = visit.Reader.Facilitator;
        return TypedResults.Ok(new RoomContributions(
            page.Contributions.Select(read =>
            {
                var c = read.Contribution;
                return new RoomContribution(
                    c.Id, c.Sequence, c.PromptId, c.BreakoutGroupNumber, c.Kind, c.Text, c.Scale, c.GoodEnough, c.Name,
                    c.Photo is { } photo ? new RoomPhoto(photo.Description, photo.ContentType, $"{path}/{c.Id}/photo") : null,
                    c.Pinned, c.CreatedAt, ReactionTally.Of(read.Reactions),
                    facilitator ? read.Hidden is not null : null, read.Hidden?.Reason, read.Hidden?.At);
            }).ToList(),
            page.More));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPhotoAsync(
        SessionKind kind, string slug, int number, Guid id, RoomCall call)
    {
        var (visit, problem) = await EnterAsync(kind, slug, number, call);
        if (visit is null)
        {
            return problem!;
        }

        var photo = visit.Room is null ? null : await call.Record.PhotoAsync(visit.Room.Id, id, visit.Reader, call.CancellationToken);
        return photo is null
            ? ApiProblems.NotFound("The room has no photo with this id that you can see.")
            : TypedResults.File(photo.Bytes, photo.ContentType);
    }

    private static async Task<Results<Ok<RoomReactions>, ProblemHttpResult>> GetReactionsAsync(SessionKind kind, string slug, int number, RoomCall call)
    {
        var (visit, problem) = await EnterAsync(kind, slug, number, call);
        if (visit is null)
        {
            return problem!;
        }

        var said = visit.Room is null ? null : await call.Record.ForSessionAsync(visit.Room.SessionId, call.CancellationToken);
        var reader = visit.Reader;
        var prompts = (said?.Prompts ?? []).Select(p =>
        {
            var groups = p.Groups.Where(g => reader.Sees(g.Group)).Select(g => new GroupReactions(g.Group, Sum(g.Contributions))).ToList();
            return new PromptReactions(p.Prompt.Id, p.Prompt.Kind, p.Prompt.Text, ReactionTally.Sum(groups.Select(g => g.Reactions)), groups);
        }).ToList();
        var general = Sum((said?.General ?? []).Where(c => reader.Sees(c.Contribution.BreakoutGroupNumber)));
        return TypedResults.Ok(new RoomReactions(ReactionTally.Sum(prompts.Select(p => p.Reactions).Append(general)), prompts, general));
    }

    // The room the request names, and who the caller is in it; or the problem to answer.
    private static async Task<(Visit? Visit, ProblemHttpResult? Problem)> EnterAsync(SessionKind kind, string slug, int number, RoomCall call)
    {
        var (here, meeting) = await SessionsApi.FindAsync(slug, kind, number, call.Http, call.Current, call.Schedule, call.CancellationToken);
        if (meeting is null)
        {
            return (null, SessionsApi.NoSuch(kind, number));
        }

        var role = RoomAccess.ForMember(meeting, here.Membership, here.IsSiteAdmin);
        if (role == RoomRole.None || call.Http.User.PersonId() is not { } personId)
        {
            return (null, meeting.IsCancelled
                ? ApiProblems.NotFound($"{SessionWords.Name(meeting)} was cancelled, so it has no live room.")
                : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only the community's members can read its live rooms."));
        }

        var room = await call.Rooms.ForSessionAsync(meeting.Id, call.CancellationToken);
        return (new Visit(room, role, RoomReader.For(role, await call.Rooms.BreakoutSeatAsync(meeting.Id, personId, call.CancellationToken))), null);
    }

    private static async Task<RoomItem?> ItemAsync(Room room, RoundtableDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (room.CurrentItemId is not { } id || room.CurrentItemStartedAt is not { } started ||
            await db.RunningOrderItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item)
        {
            return null;
        }

        // Whole minutes, as the console shows them.
        return new RoomItem(item.Id, item.Title, item.Minutes, started, Math.Max(0, (int)(clock.GetUtcNow() - started).TotalMinutes));
    }

    // Everything in the record the reader may see.
    private static IEnumerable<ContributionRecord> Seen(SessionRecord? said, RoomReader reader) =>
        said?.SeenWith(reader.Sight) ?? [];

    private static ReactionTally Sum(IEnumerable<ContributionRecord> contributions) =>
        ReactionTally.Sum(contributions.Select(c => ReactionTally.Of(c.Reactions)));
}
