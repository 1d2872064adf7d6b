using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The principles and running order a room always shows, with the room's state.
public sealed record RoomSetting(
    IReadOnlyList<DiscussionPrinciple> Principles, IReadOnlyList<RunningOrderItem> RunningOrder, RunningOrderItem? CurrentItem,
    DateTimeOffset? CurrentItemStartedAt, RoomState State);

// What the room's pages share: where each is, how the room's things are named, and the guest's cookie.
public static class RoomPages
{
    // The guest's own secret (RoomLinks.GuestPrefix), kept by their browser: the hub reads it too.
    public const string GuestCookie = Rooms.RoomHub.GuestCookie;

    public static readonly ReactionKind[] ReactionKinds = Enum.GetValues<ReactionKind>();

    public static readonly PromptKind[] PromptKinds =
        [PromptKind.Reflection, PromptKind.BestHopes, PromptKind.GoneWell, PromptKind.Scaling, PromptKind.ClosingWord, PromptKind.Free];

    public static string RoomPath(string slug, Session session, string rest = "") => SessionWords.Path(slug, session, "/room" + rest);

    public static string ConsolePath(string slug, Session session) => RoomPath(slug, session, "/console");

    public static string JoinPath(string token) => $"/rooms/join/{token}";

    public static string ProjectorPath(string token) => $"/rooms/projector/{token}";

    public const string GuestRoomPath = "/rooms/guest";

    // Where people type the room's code, and where a code (or its QR code) takes them.
    public const string EnterCodePath = "/join";

    public static string CodePath(string code) => $"/join/{code}";

    public static Crumb Crumb(Community community, Session session) => new(RoomPath(community.Slug, session), "Live room");

    public static string Reaction(ReactionKind kind) => kind switch
    {
        ReactionKind.Agree => "Agree",
        ReactionKind.ThankYou => "Thank you",
        ReactionKind.Heart => "Heart",
        ReactionKind.Lightbulb => "Lightbulb",
        _ => "Question",
    };

    // Shown beside the word, hidden from screen readers, which read the word.
    public static string ReactionSymbol(ReactionKind kind) => kind switch
    {
        ReactionKind.Agree => "\U0001F44D",
        ReactionKind.ThankYou => "\U0001F64F",
        ReactionKind.Heart => "\u2764\uFE0F",
        ReactionKind.Lightbulb => "\U0001F4A1",
        _ => "\u2753",
    };

    public static int Count(ReactionCounts counts, ReactionKind kind) => kind switch
    {
        ReactionKind.Agree => counts.Agree,
        ReactionKind.ThankYou => counts.ThankYou,
        ReactionKind.Heart => counts.Heart,
        ReactionKind.Lightbulb => counts.Lightbulb,
        _ => counts.Question,
    };

    public static string PromptKindName(PromptKind kind) => kind switch
    {
        PromptKind.Reflection => "A reflection question",
        PromptKind.BestHopes => "Best hopes",
        PromptKind.GoneWell => "What's gone well since we last met",
        PromptKind.Scaling => "A scaling question, 1 to 10",
        PromptKind.ClosingWord => "A closing word for how people feel",
        _ => "A question of your own",
    };

    public static string StateName(RoomState state) => state switch
    {
        RoomState.Open => "Open",
        RoomState.Closed => "Closed",
        _ => "Not open yet",
    };

    public static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    // "12 minutes used of 20 planned": whole minutes, never negative.
    public static string TimeUsed(RoomSetting setting, DateTimeOffset now) =>
        setting.CurrentItem is not { } item || setting.CurrentItemStartedAt is not { } started ? ""
        : $"{Minutes(Math.Max(0, (int)(now - started).TotalMinutes))} used of {item.Minutes} planned";

    public static bool Overrunning(RoomSetting setting, DateTimeOffset now) =>
        setting.CurrentItem is { } item && setting.CurrentItemStartedAt is { } started && (now - started).TotalMinutes > item.Minutes;

    public static string Scale(decimal? value) => value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "none yet";

    public static async Task<RoomSetting> SettingAsync(RoundtableDb db, Charters charters, Guid communityId, Core.Data.Entities.Room room, CancellationToken cancellationToken)
    {
        var charter = await charters.CurrentAsync(communityId, cancellationToken);
        var items = await db.RunningOrderItems.AsNoTracking().Where(i => i.SessionId == room.SessionId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        return new RoomSetting(
            charter?.Principles.OrderBy(p => p.Position).ToList() ?? [],
            items,
            items.FirstOrDefault(i => i.Id == room.CurrentItemId),
            room.CurrentItemStartedAt,
            room.State);
    }

    // Everything visible in the room to someone with this sight of its breakout groups, pinned
    // first and then in the order it was said.
    public static IReadOnlyList<ContributionRecord> InOrder(SessionRecord? record, GroupSight sight) =>
        record is null ? []
        : record.SeenWith(sight).OrderByDescending(c => c.Contribution.Pinned).ThenBy(c => c.Contribution.Sequence).ToList();
}
