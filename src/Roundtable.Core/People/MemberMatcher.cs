using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

public enum MatchedBy
{
    Email,
    ChosenBefore,
    Name,
}

// Who a name or email address written by a meeting tool (an attendance report's row, a chat's
// sender, a transcript's speaker) is among a community's active members: by email address first,
// then as a facilitator chose before for this community (RememberedMatch, one memory for every
// import), then by name, exactly (ignoring case and spacing) and only when one member has it.
// "Jane Doe (Guest)", Zoom's "JD (Jane Doe)" and "Chris Bell, Peer Support Worker" (a role after
// a comma) are also tried as the name before and inside the brackets, and before the comma.
public sealed class MemberMatcher
{
    private readonly Dictionary<string, Guid> byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> active = [];
    private readonly IReadOnlyDictionary<string, (Guid PersonId, Guid Id)> remembered;

    public MemberMatcher(IEnumerable<Membership> members, IReadOnlyDictionary<string, (Guid PersonId, Guid Id)> remembered)
    {
        this.remembered = remembered;
        foreach (var member in members)
        {
            active.Add(member.PersonId);
            if (!string.IsNullOrWhiteSpace(member.Person.Email))
            {
                byEmail[EmailAddress.Normalise(member.Person.Email)] = member.PersonId;
            }

            if (!string.IsNullOrWhiteSpace(member.Person.DisplayName))
            {
                var key = NameKey(member.Person.DisplayName);
                if (!byName.TryGetValue(key, out var ids))
                {
                    byName[key] = ids = [];
                }

                ids.Add(member.PersonId);
            }
        }
    }

    public sealed record Found(Guid? PersonId, MatchedBy By, Guid? Remembered, string? Reason);

    // The community's active members (with their people) and what its facilitators chose before.
    public static async Task<MemberMatcher> ForCommunityAsync(RoundtableDb db, Guid communityId, CancellationToken cancellationToken)
    {
        var members = await ActiveMembersAsync(db, communityId, cancellationToken);
        var remembered = await db.RememberedMatches.AsNoTracking()
            .Where(r => r.CommunityId == communityId)
            .ToDictionaryAsync(r => r.Key, r => (r.PersonId, r.Id), StringComparer.Ordinal, cancellationToken);
        return new MemberMatcher(members, remembered);
    }

    public static Task<List<Membership>> ActiveMembersAsync(RoundtableDb db, Guid communityId, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && m.LeftAt == null)
            .ToListAsync(cancellationToken);

    public static string NameKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    // The same person written twice: the same email, or with no email the same name. Also how a
    // RememberedMatch is keyed.
    public static string Key(string name, string? email) =>
        email is null ? "name:" + NameKey(name) : "email:" + EmailAddress.Normalise(email);

    public Found Match(string name, string? email)
    {
        if (email is not null && byEmail.TryGetValue(EmailAddress.Normalise(email), out var id))
        {
            return new Found(id, MatchedBy.Email, null, null);
        }

        // Someone who has left since is not matched as chosen then: they are asked about again.
        if (remembered.TryGetValue(Key(name, email), out var chosen) && active.Contains(chosen.PersonId))
        {
            return new Found(chosen.PersonId, MatchedBy.ChosenBefore, chosen.Id, null);
        }

        var shared = false;
        foreach (var candidate in Names(name))
        {
            if (byName.TryGetValue(NameKey(candidate), out var ids))
            {
                if (ids.Count == 1)
                {
                    return new Found(ids[0], MatchedBy.Name, null, null);
                }

                shared = true;
            }
        }

        return new Found(null, MatchedBy.Name, null, shared
            ? "More than one member has this name"
            : email is null ? "No member has this name" : "No member has this email address or name");
    }

    // The community's next import matches this name or address to the member chosen. A key too
    // long to keep is not remembered: the next import asks again.
    public static async Task RememberAsync(
        RoundtableDb db, Guid communityId, string name, string? email, Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = Key(name, email);
        if (key.Length > RememberedMatch.KeyMaxLength)
        {
            return;
        }

        var remembered = db.RememberedMatches.Local.SingleOrDefault(r => r.CommunityId == communityId && r.Key == key)
            ?? await db.RememberedMatches.SingleOrDefaultAsync(r => r.CommunityId == communityId && r.Key == key, cancellationToken);
        if (remembered is null)
        {
            db.RememberedMatches.Add(new RememberedMatch { CommunityId = communityId, Key = key, Name = name, Email = email, PersonId = personId, ChosenAt = now });
            return;
        }

        (remembered.PersonId, remembered.Name, remembered.Email, remembered.ChosenAt) = (personId, name, email, now);
    }

    private static IEnumerable<string> Names(string name)
    {
        yield return name;
        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            yield return name[..comma].Trim();
        }

        var open = name.LastIndexOf('(');
        if (open > 0 && name.EndsWith(')'))
        {
            yield return name[..open].Trim();
            var inside = name[(open + 1)..^1].Trim();
            if (inside.Length > 0)
            {
                yield return inside;
            }
        }
    }
}
