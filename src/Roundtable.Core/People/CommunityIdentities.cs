using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// The list of identities a community offers its members, which its co-leads extend: add an
// option, mark the groups the charter most wants to reach as priorities, retire one that is no
// longer wanted (members who chose it keep it) or bring it back.
public sealed class CommunityIdentities(RoundtableDb db, TimeProvider clock)
{
    // The groups the co-created charter says it is a priority to reach: people from black and
    // brown communities, and primary care.
    public static readonly IReadOnlyList<IdentityDefaults.Option> CharterPriorities =
    [
        new("Person from a black or brown community", IdentityKind.Other),
        new("Staff: primary care", IdentityKind.Staff),
    ];

    public enum Added
    {
        Added = 0,
        AlreadyAdded = 1,
        NameTaken = 2,
    }

    public Task<List<IdentityOption>> AllAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.IdentityOptions.Where(o => o.CommunityId == communityId)
            .OrderBy(o => o.Position).ThenBy(o => o.Name)
            .ToListAsync(cancellationToken);

    public Task<IdentityOption?> FindAsync(Guid communityId, Guid optionId, CancellationToken cancellationToken = default) =>
        db.IdentityOptions.SingleOrDefaultAsync(o => o.CommunityId == communityId && o.Id == optionId, cancellationToken);

    // key: chosen when the form was shown and used as the new option's id, so a second click on
    // the same form finds what the first one added instead of adding it twice.
    public async Task<Added> AddAsync(Guid communityId, Guid key, string name, IdentityKind kind, bool isPriority, CancellationToken cancellationToken = default)
    {
        var keyUsedIn = await db.IdentityOptions.Where(o => o.Id == key).Select(o => (Guid?)o.CommunityId).SingleOrDefaultAsync(cancellationToken);
        if (keyUsedIn == communityId)
        {
            return Added.AlreadyAdded;
        }

        var options = await AllAsync(communityId, cancellationToken);
        if (Named(options, name) is not null)
        {
            return Added.NameTaken;
        }

        var option = db.IdentityOptions.Add(new IdentityOption
        {
            Id = keyUsedIn is null && key != Guid.Empty ? key : Guid.CreateVersion7(),
            CommunityId = communityId,
            Name = name,
            Kind = kind,
            IsPriority = isPriority,
            Position = options.Count == 0 ? 0 : options.Max(o => o.Position) + 1,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Added.Added;
        }
        catch (DbUpdateException)
        {
            // Both clicks arrived together, and the other one added it.
            option.State = EntityState.Detached;
            if (await db.IdentityOptions.AnyAsync(o => o.Id == key && o.CommunityId == communityId, cancellationToken))
            {
                return Added.AlreadyAdded;
            }

            throw;
        }
    }

    public async Task SetPriorityAsync(IdentityOption option, bool isPriority, CancellationToken cancellationToken = default)
    {
        option.IsPriority = isPriority;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RetireAsync(IdentityOption option, CancellationToken cancellationToken = default)
    {
        option.RetiredAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RestoreAsync(IdentityOption option, CancellationToken cancellationToken = default)
    {
        option.RetiredAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    // Makes the charter's priority groups priorities, adding (or bringing back) their options.
    public async Task UseCharterPrioritiesAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var options = await AllAsync(communityId, cancellationToken);
        var position = options.Count == 0 ? 0 : options.Max(o => o.Position) + 1;
        foreach (var priority in CharterPriorities)
        {
            if (Named(options, priority.Name) is { } existing)
            {
                existing.IsPriority = true;
                existing.RetiredAt = null;
                continue;
            }

            db.IdentityOptions.Add(new IdentityOption
            {
                CommunityId = communityId,
                Name = priority.Name,
                Kind = priority.Kind,
                IsPriority = true,
                Position = position++,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Names are compared as people read them: "Staff: Health" is "Staff: health".
    public static IdentityOption? Named(IEnumerable<IdentityOption> options, string name) =>
        options.FirstOrDefault(o => string.Equals(o.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
