using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// Groups that take specific work forward between sessions, each with its own purpose and
// members. Joining and leaving are safe to repeat: a second click finds it already done.
public sealed class SubGroups(RoundtableDb db, TimeProvider clock)
{
    public enum Saved
    {
        Saved = 0,
        AlreadySaved = 1,
        NameTaken = 2,
    }

    // Id is the group's, when it was started (now or by an earlier click).
    public sealed record Started(Saved Outcome, Guid? Id);

    public sealed record Member(Guid MembershipId, string Name);

    public sealed record Summary(Guid Id, string Name, string Purpose, int Members, bool IncludesYou);

    public Task<SubGroup?> FindAsync(Guid communityId, Guid id, CancellationToken cancellationToken = default) =>
        db.SubGroups.SingleOrDefaultAsync(g => g.CommunityId == communityId && g.Id == id, cancellationToken);

    // Only current members of the community are counted or shown.
    public Task<List<Summary>> ListAsync(Guid communityId, Guid? yourMembershipId, CancellationToken cancellationToken = default) =>
        db.SubGroups.AsNoTracking()
            .Where(g => g.CommunityId == communityId)
            .OrderBy(g => g.Name)
            .Select(g => new Summary(
                g.Id,
                g.Name,
                g.Purpose,
                g.Members.Count(m => m.Membership.LeftAt == null),
                g.Members.Any(m => m.MembershipId == yourMembershipId && m.Membership.LeftAt == null)))
            .ToListAsync(cancellationToken);

    // Each current member of the group, as they chose to be named, in the order they joined. Every
    // member of the group sees the list, so two named alike are told apart by number only.
    public async Task<List<Member>> MembersAsync(Guid subGroupId, CancellationToken cancellationToken = default)
    {
        var members = await db.SubGroupMembers.AsNoTracking()
            .Where(m => m.SubGroupId == subGroupId && m.Membership.LeftAt == null)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new { m.MembershipId, m.Membership.Naming, m.Membership.Person.DisplayName, m.Membership.JobRole, m.Membership.Organisation })
            .ToListAsync(cancellationToken);
        var names = MemberNames.TellApart(members, m => MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation), _ => []);
        return members.Select((m, i) => new Member(m.MembershipId, names[i])).ToList();
    }

    // key: chosen when the form was shown and used as the new group's id, so a second click on
    // the same form finds the group the first one started.
    public async Task<Started> CreateAsync(Guid communityId, Guid key, string name, string purpose, CancellationToken cancellationToken = default)
    {
        var keyUsedIn = await db.SubGroups.Where(g => g.Id == key).Select(g => (Guid?)g.CommunityId).SingleOrDefaultAsync(cancellationToken);
        if (keyUsedIn == communityId)
        {
            return new(Saved.AlreadySaved, key);
        }

        if (await NameTakenAsync(communityId, name, except: null, cancellationToken))
        {
            return new(Saved.NameTaken, null);
        }

        var group = db.SubGroups.Add(new SubGroup
        {
            Id = keyUsedIn is null && key != Guid.Empty ? key : Guid.CreateVersion7(),
            CommunityId = communityId,
            Name = name,
            Purpose = purpose,
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(Saved.Saved, group.Entity.Id);
        }
        catch (DbUpdateException)
        {
            // Both clicks arrived together, and the other one started it.
            group.State = EntityState.Detached;
            if (await db.SubGroups.AnyAsync(g => g.Id == key && g.CommunityId == communityId, cancellationToken))
            {
                return new(Saved.AlreadySaved, key);
            }

            throw;
        }
    }

    public async Task<Saved> ChangeAsync(SubGroup group, string name, string purpose, CancellationToken cancellationToken = default)
    {
        if (group.Name == name && group.Purpose == purpose)
        {
            return Saved.AlreadySaved;
        }

        if (await NameTakenAsync(group.CommunityId, name, group.Id, cancellationToken))
        {
            return Saved.NameTaken;
        }

        group.Name = name;
        group.Purpose = purpose;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Saved;
    }

    public async Task JoinAsync(SubGroup group, Membership membership, CancellationToken cancellationToken = default)
    {
        if (membership.CommunityId != group.CommunityId)
        {
            throw new InvalidOperationException("Only a member of the group's own community can join it.");
        }

        if (await db.SubGroupMembers.AnyAsync(m => m.SubGroupId == group.Id && m.MembershipId == membership.Id, cancellationToken))
        {
            return;
        }

        var joined = db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = group.Id, MembershipId = membership.Id, JoinedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Both clicks arrived together, and the other one joined.
            joined.State = EntityState.Detached;
            if (!await db.SubGroupMembers.AnyAsync(m => m.SubGroupId == group.Id && m.MembershipId == membership.Id, cancellationToken))
            {
                throw;
            }
        }
    }

    // Leaving, or being taken off by a co-lead. Nothing happens if they were not in it.
    public Task LeaveAsync(SubGroup group, Guid membershipId, CancellationToken cancellationToken = default) =>
        db.SubGroupMembers.Where(m => m.SubGroupId == group.Id && m.MembershipId == membershipId).ExecuteDeleteAsync(cancellationToken);

    public async Task<bool> NameTakenAsync(Guid communityId, string name, Guid? except, CancellationToken cancellationToken = default)
    {
        var names = await db.SubGroups.Where(g => g.CommunityId == communityId && g.Id != except).Select(g => g.Name).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
