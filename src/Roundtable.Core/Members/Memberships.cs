using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Members;

public enum MembershipChange
{
    Done,

    // Already so: a second click, or two co-leads making the same change.
    Unchanged,

    // Refused: the community would be left without anyone to lead it.
    LastCoLead,

    // No active member of this community by that id.
    NotFound,
}

// Who belongs to a community and how: joining (by invitation or request), changing role,
// the lived-expert group, leaving and being removed. A community always keeps a co-lead.
public sealed class Memberships(RoundtableDb db, TimeProvider clock)
{
    // Demoting or removing the only co-lead would leave nobody able to run the community.
    // `after` is null when the person leaves.
    public static bool LeavesNoCoLead(CommunityRole current, CommunityRole? after, int otherActiveCoLeads) =>
        current == CommunityRole.CoLead && after != CommunityRole.CoLead && otherActiveCoLeads == 0;

    // Changes to who belongs to a community happen one at a time per community, so two co-leads
    // demoting each other at the same moment cannot both succeed, and a double click adds one
    // member. Taking a write lock on the community's row does that on both databases (SQLite
    // allows one writer anyway); the row itself is not changed.
    internal static async Task<IDbContextTransaction> LockAsync(RoundtableDb db, Guid communityId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Communities.Where(c => c.Id == communityId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, c => c.Version), cancellationToken);
        return transaction;
    }

    public Task<Membership?> FindActiveAsync(Guid communityId, Guid personId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null, cancellationToken);

    public Task<bool> IsActiveMemberAsync(Guid communityId, string email, CancellationToken cancellationToken = default)
    {
        var normalised = EmailAddress.Normalise(email).ToUpperInvariant();
        return db.Memberships.AnyAsync(
            m => m.CommunityId == communityId && m.LeftAt == null && m.Person.NormalizedEmail == normalised, cancellationToken);
    }

    // Everyone who belongs now, with their account, for the co-leads' own list.
    public Task<List<Membership>> ActiveAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking()
            .Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && m.LeftAt == null)
            .OrderByDescending(m => m.Role).ThenBy(m => m.Person.DisplayName).ThenBy(m => m.Person.Email)
            .ToListAsync(cancellationToken);

    // Any membership of this community, left or not: to name someone just removed.
    public Task<Membership?> FindByIdAsync(Guid communityId, Guid membershipId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking()
            .Include(m => m.Person)
            .SingleOrDefaultAsync(m => m.Id == membershipId && m.CommunityId == communityId, cancellationToken);

    public async Task<bool> IsLastCoLeadAsync(Membership membership, CancellationToken cancellationToken = default) =>
        LeavesNoCoLead(membership.Role, after: null, await OtherCoLeadsAsync(membership, cancellationToken));

    public Task<Membership?> FindActiveByIdAsync(Guid communityId, Guid membershipId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking()
            .Include(m => m.Person)
            .SingleOrDefaultAsync(m => m.Id == membershipId && m.CommunityId == communityId && m.LeftAt == null, cancellationToken);

    // Makes someone an active member; someone already active keeps their membership as it is. A former
    // member gets their old membership back (one per person per community), starting afresh in
    // the role given; their naming and consent choices are still theirs. Any request to join
    // they left waiting is settled. Adds to the context only: the caller saves, holding the lock.
    internal async Task<Membership> AdmitAsync(
        Guid communityId, Guid personId, CommunityRole role, bool inLivedExpertGroup, Guid admittedById, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var waiting in await db.JoinRequests
                     .Where(r => r.CommunityId == communityId && r.PersonId == personId && r.Status == RequestStatus.Pending)
                     .ToListAsync(cancellationToken))
        {
            waiting.Status = RequestStatus.Approved;
            waiting.Decision = new Decision(admittedById, now);
        }

        var membership = await Fresh(await db.Memberships.SingleOrDefaultAsync(
            m => m.CommunityId == communityId && m.PersonId == personId, cancellationToken), cancellationToken);
        if (membership is { LeftAt: null })
        {
            return membership;
        }

        if (membership is null)
        {
            membership = new Membership { CommunityId = communityId, PersonId = personId };
            db.Memberships.Add(membership);
        }

        membership.LeftAt = null;
        membership.Role = role;
        membership.InLivedExpertGroup = inLivedExpertGroup;
        membership.JoinedAt = now;
        return membership;
    }

    public async Task<MembershipChange> ChangeRoleAsync(Guid communityId, Guid membershipId, CommunityRole role, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(db, communityId, cancellationToken);
        var membership = await ActiveForUpdateAsync(communityId, membershipId, cancellationToken);
        if (membership is null)
        {
            return MembershipChange.NotFound;
        }

        if (membership.Role == role)
        {
            return MembershipChange.Unchanged;
        }

        if (LeavesNoCoLead(membership.Role, role, await OtherCoLeadsAsync(membership, cancellationToken)))
        {
            return MembershipChange.LastCoLead;
        }

        membership.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MembershipChange.Done;
    }

    public async Task<MembershipChange> SetLivedExpertGroupAsync(
        Guid communityId, Guid membershipId, bool inGroup, CancellationToken cancellationToken = default)
    {
        var changed = await db.Memberships
            .Where(m => m.Id == membershipId && m.CommunityId == communityId && m.LeftAt == null && m.InLivedExpertGroup != inGroup)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.InLivedExpertGroup, inGroup), cancellationToken);
        if (changed == 1)
        {
            return MembershipChange.Done;
        }

        return await db.Memberships.AnyAsync(m => m.Id == membershipId && m.CommunityId == communityId && m.LeftAt == null, cancellationToken)
            ? MembershipChange.Unchanged
            : MembershipChange.NotFound;
    }

    public async Task<MembershipChange> LeaveAsync(Guid communityId, Guid personId, CancellationToken cancellationToken = default)
    {
        var membershipId = await db.Memberships
            .Where(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null)
            .Select(m => (Guid?)m.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return membershipId is { } id ? await RemoveAsync(communityId, id, cancellationToken) : MembershipChange.NotFound;
    }

    // Leaving, or being removed by a co-lead. The membership stays, marked as left, because the
    // person's naming and consent choices still govern what they said while they were here.
    // What was only for taking part (access needs, sub-groups) goes.
    public async Task<MembershipChange> RemoveAsync(Guid communityId, Guid membershipId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(db, communityId, cancellationToken);
        var membership = await ActiveForUpdateAsync(communityId, membershipId, cancellationToken);
        if (membership is null)
        {
            return MembershipChange.NotFound;
        }

        if (LeavesNoCoLead(membership.Role, after: null, await OtherCoLeadsAsync(membership, cancellationToken)))
        {
            return MembershipChange.LastCoLead;
        }

        membership.LeftAt = clock.GetUtcNow();
        membership.AccessNeeds = AccessNeeds.None;
        membership.OtherAccessNeeds = null;
        await db.SubGroupMembers.Where(s => s.MembershipId == membership.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MembershipChange.Done;
    }

    private async Task<Membership?> ActiveForUpdateAsync(Guid communityId, Guid membershipId, CancellationToken cancellationToken) =>
        await Fresh(await db.Memberships.SingleOrDefaultAsync(
            m => m.Id == membershipId && m.CommunityId == communityId && m.LeftAt == null, cancellationToken), cancellationToken);

    // The request may already hold this membership from before it took the lock (the page's
    // own place in the community): read it again, as it is now.
    private async Task<Membership?> Fresh(Membership? membership, CancellationToken cancellationToken)
    {
        if (membership is not null)
        {
            await db.Entry(membership).ReloadAsync(cancellationToken);
        }

        return membership;
    }

    private Task<int> OtherCoLeadsAsync(Membership membership, CancellationToken cancellationToken) =>
        db.Memberships.CountAsync(
            m => m.CommunityId == membership.CommunityId && m.Id != membership.Id && m.LeftAt == null && m.Role == CommunityRole.CoLead,
            cancellationToken);
}
