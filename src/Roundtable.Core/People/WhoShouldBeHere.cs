using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

public enum Presence
{
    Missing = 0,
    Thin = 1,
    Present = 2,
}

// "Who should be here?": the mix of identities and sectors among a community's current members,
// against the groups its charter most wants to reach. Only ever counts, never names.
public static class WhoShouldBeHere
{
    // Fewer than this many members with an identity, and the community is thin on it.
    public const int PresentFrom = 3;

    public sealed record OptionCount(Guid Id, string Name, IdentityKind Kind, bool IsPriority, bool IsRetired, int Members)
    {
        public Presence Presence => PresenceOf(Members);
    }

    // Members counts each person once, however many of the kind's options they chose.
    public sealed record KindCount(IdentityKind Kind, int Members, IReadOnlyList<OptionCount> Options);

    public sealed record Mix(int ActiveMembers, int NotSaid, IReadOnlyList<OptionCount> Priorities, IReadOnlyList<KindCount> Kinds);

    public static Presence PresenceOf(int members) => members switch
    {
        <= 0 => Presence.Missing,
        < PresentFrom => Presence.Thin,
        _ => Presence.Present,
    };

    // members: each current member's chosen option ids (empty for someone who has not said).
    // Priorities are the options still on offer that are marked as one; a retired option is
    // still counted for the people who hold it, but only while someone does.
    public static Mix Count(IEnumerable<IdentityOption> options, IReadOnlyCollection<IReadOnlyCollection<Guid>> members)
    {
        var perOption = new Dictionary<Guid, int>();
        foreach (var optionId in members.SelectMany(chosen => chosen.Distinct()))
        {
            perOption[optionId] = perOption.GetValueOrDefault(optionId) + 1;
        }

        var ordered = options.OrderBy(o => o.Position).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        var counts = ordered
            .Select(o => new OptionCount(o.Id, o.Name, o.Kind, o.IsPriority, o.RetiredAt is not null, perOption.GetValueOrDefault(o.Id)))
            .Where(c => !c.IsRetired || c.Members > 0)
            .ToList();
        var kindOf = ordered.ToDictionary(o => o.Id, o => o.Kind);

        var kinds = Enum.GetValues<IdentityKind>()
            .Select(kind => new KindCount(
                kind,
                members.Count(chosen => chosen.Any(id => kindOf.TryGetValue(id, out var k) && k == kind)),
                counts.Where(c => c.Kind == kind).ToList()))
            .Where(group => group.Options.Count > 0)
            .ToList();

        return new Mix(
            members.Count,
            members.Count(chosen => !chosen.Any(kindOf.ContainsKey)),
            counts.Where(c => c.IsPriority && !c.IsRetired).ToList(),
            kinds);
    }

    public static async Task<Mix> CountAsync(RoundtableDb db, Guid communityId, CancellationToken cancellationToken = default)
    {
        var options = await db.IdentityOptions.AsNoTracking().Where(o => o.CommunityId == communityId).ToListAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == communityId && m.LeftAt == null)
            .Select(m => m.Identities.Select(i => i.IdentityOptionId).ToList())
            .ToListAsync(cancellationToken);
        return Count(options, members);
    }
}
