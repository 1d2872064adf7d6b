using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.SystemMap;

// One entry as lists show it.
public sealed record MapEntrySummary(Guid Id, string Name, MapEntryKind Kind, Sector Sector);

// A connection between two entries, from one to the other.
public sealed record MapConnection(Guid Id, MapEntrySummary From, MapEntrySummary To, string How);

// An entry with what it offers and needs, the members linked to it (as each chose to be named)
// and its connections both ways.
public sealed record MapEntryPage(MapEntry Entry, IReadOnlyList<MapPerson> People, IReadOnlyList<MapConnection> Connections);

public sealed record MapPerson(Guid MembershipId, string Name);

// What to look for on the map: words in an entry's name, offers or needs; a sector; a kind.
public sealed record MapSearch(string? Words = null, Sector? Sector = null, MapEntryKind? Kind = null)
{
    public const int WordsMaxLength = 100;

    public bool Any => !string.IsNullOrWhiteSpace(Words) || Sector is not null || Kind is not null;

    public bool Finds(MapEntry entry) =>
        (Sector is null || entry.Sector == Sector) && (Kind is null || entry.Kind == Kind) &&
        (string.IsNullOrWhiteSpace(Words) || new[] { entry.Name, entry.Offers, entry.Needs }.Any(text => text?.Contains(Words.Trim(), StringComparison.OrdinalIgnoreCase) == true));
}

// Reading a community's system map. Everyone in the community reads it all: it holds no one's
// words but the entries' own, and people linked to an entry only as they chose to be named.
public sealed class CommunityMap(RoundtableDb db)
{
    // Every entry, by name: what other parts of the app (a brokered connection) can point at.
    public Task<List<MapEntrySummary>> EntriesAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.MapEntries.AsNoTracking()
            .Where(e => e.CommunityId == communityId)
            .OrderBy(e => e.Name)
            .Select(e => new MapEntrySummary(e.Id, e.Name, e.Kind, e.Sector))
            .ToListAsync(cancellationToken);

    // A community's map is tens of entries, so they are filtered here, alike on every database.
    public async Task<List<MapEntry>> FindAsync(Guid communityId, MapSearch search, CancellationToken cancellationToken = default)
    {
        var entries = await db.MapEntries.AsNoTracking().Where(e => e.CommunityId == communityId).ToListAsync(cancellationToken);
        return entries.Where(search.Finds).OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id).ToList();
    }

    public async Task<List<MapConnection>> ConnectionsAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var links = await db.MapLinks.AsNoTracking()
            .Where(l => l.From.CommunityId == communityId)
            .Select(l => new
            {
                l.Id,
                From = new MapEntrySummary(l.From.Id, l.From.Name, l.From.Kind, l.From.Sector),
                To = new MapEntrySummary(l.To.Id, l.To.Name, l.To.Kind, l.To.Sector),
                l.How,
            })
            .ToListAsync(cancellationToken);
        return links.Select(l => new MapConnection(l.Id, l.From, l.To, l.How))
            .OrderBy(c => c.From.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.To.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<MapEntryPage?> ReadAsync(Guid communityId, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await db.MapEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.CommunityId == communityId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var members = await db.MapEntryMembers.AsNoTracking()
            .Where(m => m.MapEntryId == id && m.Membership.LeftAt == null)
            .OrderBy(m => m.LinkedAt)
            .Select(m => new { m.MembershipId, m.Membership.Naming, m.Membership.Person.DisplayName, m.Membership.JobRole, m.Membership.Organisation })
            .ToListAsync(cancellationToken);
        var names = MemberNames.TellApart(members, m => MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation), _ => []);
        var connections = (await ConnectionsAsync(communityId, cancellationToken)).Where(c => c.From.Id == id || c.To.Id == id).ToList();
        return new MapEntryPage(entry, members.Select((m, i) => new MapPerson(m.MembershipId, names[i])).ToList(), connections);
    }
}
