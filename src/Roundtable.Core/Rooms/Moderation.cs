using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

// A hidden contribution as facilitators alone see it: what it said, why it was hidden, by whom and
// when. Still no author when it was anonymous.
public sealed record HiddenContribution(ContributionView Contribution, string Reason, Guid HiddenById, DateTimeOffset HiddenAt);

public sealed record ModerationResult(RoomOutcome Outcome, string? Error, IReadOnlyList<RoomEventView> Events)
{
    internal static ModerationResult Just(RoomOutcome outcome) => new(outcome, null, []);
}

// What a facilitator does to a contribution: hide it (with a reason, kept in the trail), show it
// again, pin and unpin. Hiding takes its words out of the room's log as well as off everyone's
// screen; facilitators are told live what was hidden and why, and read it through HiddenAsync.
public sealed class Moderation(RoundtableDb db, RoomChanges changes)
{
    public static string? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Enter why you are hiding this"
        : reason.Trim().Length > Contribution.HiddenReasonMaxLength ? $"The reason must be {Contribution.HiddenReasonMaxLength} characters or fewer"
        : null;

    public async Task<ModerationResult> HideAsync(Guid roomId, Guid contributionId, string? reason, Guid byId, CancellationToken cancellationToken = default)
    {
        if (CheckReason(reason) is { } error)
        {
            return new ModerationResult(RoomOutcome.Unchanged, error, []);
        }

        var result = await ChangeAsync(roomId, contributionId, async (change, contribution) =>
        {
            if (contribution.Hidden)
            {
                return false;
            }

            contribution.Hidden = true;
            contribution.HiddenReason = reason!.Trim();
            contribution.HiddenById = byId;
            contribution.HiddenAt = change.Now;
            await change.RedactAsync(contributionId, RoomEventKind.ContributionHidden, cancellationToken);
            change.Append(RoomEventKind.ContributionHidden, new ContributionRemovedView(contributionId), contributionId);
            Trail(change, contribution, ModerationAction.Hidden, contribution.HiddenReason, byId);
            return true;
        }, cancellationToken);
        if (result.Outcome == RoomOutcome.Done &&
            (await HiddenAsync(roomId, cancellationToken)).SingleOrDefault(h => h.Contribution.Id == contributionId) is { } hidden)
        {
            await changes.Broadcast.TellFacilitatorsAsync(roomId, hidden);
        }

        return result;
    }

    public Task<ModerationResult> ShowAsync(Guid roomId, Guid contributionId, Guid byId, CancellationToken cancellationToken = default) =>
        ChangeAsync(roomId, contributionId, async (change, contribution) =>
        {
            if (!contribution.Hidden)
            {
                return false;
            }

            contribution.Hidden = false;
            contribution.HiddenReason = null;
            contribution.HiddenById = null;
            contribution.HiddenAt = null;
            var names = new RoomNames(db);
            await names.LoadAsync(change.Room.Session.CommunityId, [contribution], cancellationToken);
            change.Append(RoomEventKind.ContributionShown, RoomNames.View(contribution, names.NameOf(contribution)), contributionId);
            Trail(change, contribution, ModerationAction.Shown, null, byId);
            return true;
        }, cancellationToken);

    public Task<ModerationResult> PinAsync(Guid roomId, Guid contributionId, bool pinned, Guid byId, CancellationToken cancellationToken = default) =>
        ChangeAsync(roomId, contributionId, (change, contribution) =>
        {
            if (contribution.Pinned == pinned || contribution.Hidden)
            {
                return Task.FromResult(false);
            }

            contribution.Pinned = pinned;
            change.Append(pinned ? RoomEventKind.ContributionPinned : RoomEventKind.ContributionUnpinned, new ContributionPinnedView(contributionId, pinned), contributionId);
            Trail(change, contribution, pinned ? ModerationAction.Pinned : ModerationAction.Unpinned, null, byId);
            return Task.FromResult(true);
        }, cancellationToken);

    public async Task<List<HiddenContribution>> HiddenAsync(Guid roomId, CancellationToken cancellationToken = default)
    {
        var hidden = await db.Contributions.AsNoTracking().Include(c => c.Photo)
            .Where(c => c.RoomId == roomId && c.Hidden && c.DeletedAt == null).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var communityId = await db.Rooms.Where(r => r.Id == roomId).Select(r => r.Session.CommunityId).SingleOrDefaultAsync(cancellationToken);
        var names = new RoomNames(db);
        await names.LoadAsync(communityId, hidden, cancellationToken);
        return hidden.Select(c => new HiddenContribution(RoomNames.View(c, names.NameOf(c)), c.HiddenReason!, c.HiddenById!.Value, c.HiddenAt!.Value)).ToList();
    }

    public Task<List<ModerationEntry>> TrailAsync(Guid roomId, CancellationToken cancellationToken = default) =>
        db.ModerationEntries.AsNoTracking().Where(m => m.RoomId == roomId).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    private void Trail(RoomChange change, Contribution contribution, ModerationAction action, string? reason, Guid byId) =>
        db.ModerationEntries.Add(new ModerationEntry
        {
            RoomId = change.Room.Id,
            ContributionId = contribution.Id,
            Action = action,
            Reason = reason,
            ById = byId,
            At = change.Now,
        });

    private async Task<ModerationResult> ChangeAsync(
        Guid roomId, Guid contributionId, Func<RoomChange, Contribution, Task<bool>> apply, CancellationToken cancellationToken)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        var contribution = change is null ? null
            : await db.Contributions.Include(c => c.Photo).SingleOrDefaultAsync(c => c.Id == contributionId && c.RoomId == roomId && c.DeletedAt == null, cancellationToken);
        if (change is null || contribution is null)
        {
            return ModerationResult.Just(RoomOutcome.NotFound);
        }

        if (!await apply(change, contribution))
        {
            return ModerationResult.Just(RoomOutcome.Unchanged);
        }

        return new ModerationResult(RoomOutcome.Done, null, await change.CommitAsync(cancellationToken));
    }
}
