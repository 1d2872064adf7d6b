using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.SystemMap;

public enum MapOutcome
{
    Saved,

    // Already so (a second click, or the same change sent twice): nothing changed.
    Unchanged,

    // What they sent has Problems: nothing changed.
    Invalid,

    // Someone else changed the entry since it was read: nothing changed, Refusal says so.
    ChangedMeanwhile,
    NotFound,
}

public sealed record MapResult(MapOutcome Outcome, MapEntry? Entry, IReadOnlyList<Problem> Problems, string? Refusal = null)
{
    public bool Done => Outcome is MapOutcome.Saved or MapOutcome.Unchanged;

    internal static MapResult Invalid(IReadOnlyList<Problem> problems) => new(MapOutcome.Invalid, null, problems);

    internal static readonly MapResult NotFound = new(MapOutcome.NotFound, null, []);
}

// Changes to a community's system map: adding organisations, services and groups, changing and
// removing them, saying which work together, and members saying they are linked to one. Any
// member adds; the member who added an entry and the co-leads change it, remove it and its links
// (MayChange: the doors ask it before calling). Each change raises the entry's Version, so the
// second of two people changing one entry at once is told, with nothing of theirs half-done.
public sealed class MapEntries(RoundtableDb db, TimeProvider clock)
{
    public const string ChangedMeanwhile = "Someone else changed this entry while you were looking at it. Check it and try again.";

    // Kind and Sector as their names ("Service", "Nhs"), so both doors read them with the same words.
    public sealed record Details(string? Name, string? Kind, string? Sector, string? Offers, string? Needs, string? WebAddress);

    public sealed record NewLink(Guid? ToId, string? How);

    public static bool MayChange(MapEntry entry, Guid personId, bool isCoLead) => isCoLead || entry.AddedById == personId;

    public Task<MapEntry?> FindAsync(Guid communityId, Guid id, CancellationToken cancellationToken = default) =>
        db.MapEntries.SingleOrDefaultAsync(e => e.Id == id && e.CommunityId == communityId, cancellationToken);

    // key: chosen when the form was shown and used as the new entry's id, so a second click on the
    // same form finds the entry the first one added.
    public async Task<MapResult> AddAsync(Guid communityId, Guid key, Details input, Guid byId, CancellationToken cancellationToken = default)
    {
        var keyUsedIn = key == Guid.Empty ? null : await db.MapEntries.Where(e => e.Id == key).Select(e => (Guid?)e.CommunityId).SingleOrDefaultAsync(cancellationToken);
        if (keyUsedIn == communityId)
        {
            return new(MapOutcome.Unchanged, await FindAsync(communityId, key, cancellationToken), []);
        }

        var problems = new Problems();
        var details = Read(problems, input);
        if (details is not null)
        {
            await NameTakenAsync(problems, communityId, details.Name, except: null, cancellationToken);
        }

        if (problems.Any)
        {
            // The name may be taken by the other click of this same form, saved since the key was
            // looked up: that is the entry they meant, not a clash.
            return key != Guid.Empty && await FindAsync(communityId, key, cancellationToken) is { } meanwhile
                ? new(MapOutcome.Unchanged, meanwhile, [])
                : MapResult.Invalid(problems);
        }

        var entry = new MapEntry
        {
            Id = keyUsedIn is null && key != Guid.Empty ? key : Guid.CreateVersion7(),
            CommunityId = communityId,
            Name = details!.Name,
            AddedById = byId,
            AddedAt = clock.GetUtcNow(),
        };
        details.CopyTo(entry);
        var added = db.MapEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(MapOutcome.Saved, entry, []);
        }
        catch (DbUpdateException)
        {
            // Both clicks arrived together, and the other one added it.
            added.State = EntityState.Detached;
            return await FindAsync(communityId, key, cancellationToken) is { } first ? new(MapOutcome.Unchanged, first, []) : throw new InvalidOperationException("The entry could not be added.");
        }
    }

    public async Task<MapResult> ChangeAsync(Guid communityId, Guid id, Details input, int? seenVersion, CancellationToken cancellationToken = default)
    {
        var (entry, refused) = await OpenAsync(communityId, id, seenVersion, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var problems = new Problems();
        var details = Read(problems, input);
        if (details is not null && details.Name != entry!.Name)
        {
            await NameTakenAsync(problems, communityId, details.Name, id, cancellationToken);
        }

        if (problems.Any)
        {
            return MapResult.Invalid(problems);
        }

        if (details!.Same(entry!))
        {
            return new(MapOutcome.Unchanged, entry, []);
        }

        details.CopyTo(entry!);
        return await SaveAsync(entry!, cancellationToken);
    }

    // Removing something already gone is done: a second click finds nothing to remove.
    public async Task<MapResult> RemoveAsync(Guid communityId, Guid id, int? seenVersion, CancellationToken cancellationToken = default)
    {
        var (entry, refused) = await OpenAsync(communityId, id, seenVersion, cancellationToken);
        if (refused is not null)
        {
            return refused.Outcome == MapOutcome.NotFound ? new(MapOutcome.Unchanged, null, []) : refused;
        }

        db.MapEntries.Remove(entry!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(MapOutcome.Saved, null, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(communityId, id, cancellationToken) is { } now
                ? new(MapOutcome.ChangedMeanwhile, now, [], ChangedMeanwhile)
                : new(MapOutcome.Unchanged, null, []);
        }
    }

    // The same link sent twice is made once; sent again with other words, its words change.
    public async Task<MapResult> LinkAsync(Guid communityId, Guid fromId, NewLink input, Guid byId, CancellationToken cancellationToken = default)
    {
        var from = await FindAsync(communityId, fromId, cancellationToken);
        if (from is null)
        {
            return MapResult.NotFound;
        }

        var problems = new Problems();
        if (input.ToId is not { } toId || toId == Guid.Empty)
        {
            problems.Add(nameof(NewLink.ToId), "Choose who they work with");
        }
        else if (toId == fromId)
        {
            problems.Add(nameof(NewLink.ToId), "Choose an organisation, service or group other than this one");
        }
        else if (!await db.MapEntries.AnyAsync(e => e.Id == toId && e.CommunityId == communityId, cancellationToken))
        {
            problems.Add(nameof(NewLink.ToId), "Choose an organisation, service or group on this community's map");
        }

        var how = problems.Required(nameof(NewLink.How), input.How, "Enter how they work together", "How they work together", MapLink.HowMaxLength);
        if (problems.Any)
        {
            return MapResult.Invalid(problems);
        }

        var existing = await db.MapLinks.SingleOrDefaultAsync(l => l.FromId == fromId && l.ToId == input.ToId, cancellationToken);
        if (existing is not null)
        {
            if (existing.How == how)
            {
                return new(MapOutcome.Unchanged, from, []);
            }

            existing.How = how!;
            await db.SaveChangesAsync(cancellationToken);
            return new(MapOutcome.Saved, from, []);
        }

        var link = db.MapLinks.Add(new MapLink { FromId = fromId, ToId = input.ToId!.Value, How = how!, AddedById = byId, AddedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Both clicks arrived together, and the other one made the link.
            link.State = EntityState.Detached;
            if (!await db.MapLinks.AnyAsync(l => l.FromId == fromId && l.ToId == input.ToId, cancellationToken))
            {
                throw;
            }
        }

        return new(MapOutcome.Saved, from, []);
    }

    // Nothing happens if the link has already gone.
    public async Task UnlinkAsync(Guid fromId, Guid linkId, CancellationToken cancellationToken = default) =>
        await db.MapLinks.Where(l => l.Id == linkId && l.FromId == fromId).ExecuteDeleteAsync(cancellationToken);

    // A member says they are linked to an entry; only they can say so, and saying it twice is once.
    public async Task LinkMemberAsync(MapEntry entry, Membership membership, CancellationToken cancellationToken = default)
    {
        if (membership.CommunityId != entry.CommunityId)
        {
            throw new InvalidOperationException("Only a member of the entry's own community can be linked to it.");
        }

        if (await db.MapEntryMembers.AnyAsync(m => m.MapEntryId == entry.Id && m.MembershipId == membership.Id, cancellationToken))
        {
            return;
        }

        var linked = db.MapEntryMembers.Add(new MapEntryMember { MapEntryId = entry.Id, MembershipId = membership.Id, LinkedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            linked.State = EntityState.Detached;
            if (!await db.MapEntryMembers.AnyAsync(m => m.MapEntryId == entry.Id && m.MembershipId == membership.Id, cancellationToken))
            {
                throw;
            }
        }
    }

    public Task UnlinkMemberAsync(MapEntry entry, Guid membershipId, CancellationToken cancellationToken = default) =>
        db.MapEntryMembers.Where(m => m.MapEntryId == entry.Id && m.MembershipId == membershipId).ExecuteDeleteAsync(cancellationToken);

    private sealed record Checked(string Name, MapEntryKind Kind, Sector Sector, string? Offers, string? Needs, string? WebAddress)
    {
        public bool Same(MapEntry e) =>
            e.Name == Name && e.Kind == Kind && e.Sector == Sector && e.Offers == Offers && e.Needs == Needs && e.WebAddress == WebAddress;

        public void CopyTo(MapEntry e) =>
            (e.Name, e.Kind, e.Sector, e.Offers, e.Needs, e.WebAddress) = (Name, Kind, Sector, Offers, Needs, WebAddress);
    }

    private static Checked? Read(Problems problems, Details input)
    {
        var name = problems.Required(nameof(Details.Name), input.Name, "Enter the name of the organisation, service or group", "Name", MapEntry.NameMaxLength);
        MapEntryKind? kind = MapWords.TryRead<MapEntryKind>(input.Kind, out var k) ? k : null;
        if (kind is null)
        {
            problems.Add(nameof(Details.Kind), "Choose whether it is an organisation, a service or a group");
        }

        Sector? sector = MapWords.TryRead<Sector>(input.Sector, out var s) ? s : null;
        if (sector is null)
        {
            problems.Add(nameof(Details.Sector), "Choose the sector it is in");
        }

        var offers = problems.Optional(nameof(Details.Offers), input.Offers, "What it offers", MapEntry.OffersMaxLength);
        var needs = problems.Optional(nameof(Details.Needs), input.Needs, "What it needs", MapEntry.NeedsMaxLength);
        var web = problems.WebAddress(
            nameof(Details.WebAddress), input.WebAddress, "Web address", MapEntry.WebAddressMaxLength,
            "Enter a web address that starts with https:// or http://, like https://www.example.org");
        return name is null || kind is null || sector is null ? null : new Checked(name, kind.Value, sector.Value, offers, needs, web);
    }

    private async Task NameTakenAsync(Problems problems, Guid communityId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var names = await db.MapEntries.Where(e => e.CommunityId == communityId && e.Id != except).Select(e => e.Name).ToListAsync(cancellationToken);
        if (names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(nameof(Details.Name), $"There is already an entry called “{name}” on the map");
        }
    }

    private async Task<(MapEntry? Entry, MapResult? Refused)> OpenAsync(Guid communityId, Guid id, int? seenVersion, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(communityId, id, cancellationToken);
        if (entry is null)
        {
            return (null, MapResult.NotFound);
        }

        return seenVersion is { } seen && seen != entry.Version
            ? (null, new(MapOutcome.ChangedMeanwhile, entry, [], ChangedMeanwhile))
            : (entry, null);
    }

    private async Task<MapResult> SaveAsync(MapEntry entry, CancellationToken cancellationToken)
    {
        entry.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(MapOutcome.Saved, entry, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another change landed between our read and our write.
            db.ChangeTracker.Clear();
            var now = await FindAsync(entry.CommunityId, entry.Id, cancellationToken);
            return now is null ? MapResult.NotFound : new(MapOutcome.ChangedMeanwhile, now, [], ChangedMeanwhile);
        }
    }
}
