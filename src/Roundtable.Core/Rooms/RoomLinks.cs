using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;

namespace Roundtable.Core.Rooms;

public enum GuestJoinOutcome
{
    Joined = 0,

    // The link is not (or no longer) a room's join link.
    NotFound = 1,
    RoomClosed = 2,
}

// The join link a facilitator shares with guests, the read-only projector link, and the guests
// who came in. Links carry 256 random bits; only their hashes are kept, as for sign-in links.
public sealed class RoomLinks(RoundtableDb db, TimeProvider clock)
{
    public const string JoinPrefix = "rj_";
    public const string ProjectorPrefix = "rp_";
    public const string GuestPrefix = "rg_";

    public sealed record GuestJoin(GuestJoinOutcome Outcome, RoomGuest? Guest, string? GuestToken);

    // A new join link; the previous one stops working. Null when the room takes no guests (a
    // preparation meeting, or a cancelled session).
    public async Task<string?> NewJoinLinkAsync(Guid roomId, CancellationToken cancellationToken = default)
    {
        var room = await db.Rooms.Include(r => r.Session).SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null || !RoomAccess.TakesGuests(room.Session))
        {
            return null;
        }

        var token = SecretToken.Create(JoinPrefix);
        room.JoinTokenHash = SecretToken.Hash(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    // A new projector link; the previous one stops working. Null when the room has no projector
    // (a preparation meeting).
    public async Task<string?> NewProjectorLinkAsync(Guid roomId, CancellationToken cancellationToken = default)
    {
        var room = await db.Rooms.Include(r => r.Session).SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null || !RoomAccess.HasProjector(room.Session))
        {
            return null;
        }

        var token = SecretToken.Create(ProjectorPrefix);
        room.ProjectorTokenHash = SecretToken.Hash(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public Task<Room?> FindByJoinLinkAsync(string token, CancellationToken cancellationToken = default) =>
        FindAsync(token, JoinPrefix, hash => r => r.JoinTokenHash == hash, cancellationToken);

    // A link made for a preparation meeting before they had no projector opens nothing.
    public async Task<Room?> FindByProjectorLinkAsync(string token, CancellationToken cancellationToken = default) =>
        await FindAsync(token, ProjectorPrefix, hash => r => r.ProjectorTokenHash == hash, cancellationToken) is { } room && RoomAccess.HasProjector(room.Session)
            ? room
            : null;

    // A guest comes in with the join link, named as they like or not at all. Their browser keeps
    // the returned guest token to stay the same guest.
    public async Task<GuestJoin> JoinAsGuestAsync(string joinToken, string? displayName, CancellationToken cancellationToken = default) =>
        await AdmitAsync(await FindByJoinLinkAsync(joinToken, cancellationToken), displayName, cancellationToken);

    // The same, with the room's code (found by RoomCodes), where the facilitator lets guests in by it.
    public async Task<GuestJoin> JoinAsGuestAsync(Room roomByCode, string? displayName, CancellationToken cancellationToken = default) =>
        roomByCode.GuestsMayJoinByCode && roomByCode.Code is not null
            ? await AdmitAsync(roomByCode, displayName, cancellationToken)
            : new GuestJoin(GuestJoinOutcome.NotFound, null, null);

    private async Task<GuestJoin> AdmitAsync(Room? room, string? displayName, CancellationToken cancellationToken)
    {
        if (room is null || !RoomAccess.TakesGuests(room.Session))
        {
            return new GuestJoin(GuestJoinOutcome.NotFound, null, null);
        }

        if (room.State == RoomState.Closed)
        {
            return new GuestJoin(GuestJoinOutcome.RoomClosed, null, null);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        var token = SecretToken.Create(GuestPrefix);
        var guest = new RoomGuest
        {
            RoomId = room.Id,
            DisplayName = name is { Length: > RoomGuest.DisplayNameMaxLength } ? name[..RoomGuest.DisplayNameMaxLength] : name,
            TokenHash = SecretToken.Hash(token),
            JoinedAt = clock.GetUtcNow(),
        };
        db.RoomGuests.Add(guest);
        await db.SaveChangesAsync(cancellationToken);
        return new GuestJoin(GuestJoinOutcome.Joined, guest, token);
    }

    public async Task<RoomGuest?> FindGuestAsync(string guestToken, CancellationToken cancellationToken = default)
    {
        if (!guestToken.StartsWith(GuestPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = SecretToken.Hash(guestToken);
        return await db.RoomGuests.AsNoTracking().SingleOrDefaultAsync(g => g.TokenHash == hash, cancellationToken);
    }

    private async Task<Room?> FindAsync(
        string token, string prefix, Func<string, System.Linq.Expressions.Expression<Func<Room, bool>>> matching, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return await db.Rooms.AsNoTracking().Include(r => r.Session).SingleOrDefaultAsync(matching(SecretToken.Hash(token)), cancellationToken);
    }
}
