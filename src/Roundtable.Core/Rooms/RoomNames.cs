using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Rooms;

// How the people behind contributions are named in a room: members only as they chose in the
// community (even after leaving: their choice still governs what they said), guests by the name
// they gave, and anonymous contributions not at all.
internal sealed class RoomNames(RoundtableDb db)
{
    public const string Guest = "A guest";

    private readonly Dictionary<Guid, string> people = [];
    private readonly Dictionary<Guid, string> guests = [];

    public async Task LoadAsync(Guid communityId, IReadOnlyCollection<Contribution> contributions, CancellationToken cancellationToken)
    {
        var personIds = contributions.Where(c => !c.Anonymous)
            .Select(c => c.Kind == ContributionKind.Spoken ? c.SpokenById : c.PersonId)
            .OfType<Guid>().Where(id => !people.ContainsKey(id)).Distinct().ToList();
        if (personIds.Count > 0)
        {
            var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
                .Where(m => m.CommunityId == communityId && personIds.Contains(m.PersonId)).ToListAsync(cancellationToken);
            foreach (var member in members)
            {
                people[member.PersonId] = MemberNames.AsTheyChose(member);
            }

            // Not a member (a site admin facilitating): their first name, as little as names go.
            var others = personIds.Where(id => !people.ContainsKey(id)).ToList();
            var strangers = await db.Users.AsNoTracking().Where(p => others.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken);
            foreach (var stranger in strangers)
            {
                people[stranger.Id] = MemberNames.AsTheyChose(Naming.FirstName, stranger.DisplayName, null, null);
            }
        }

        var guestIds = contributions.Where(c => !c.Anonymous).Select(c => c.GuestId).OfType<Guid>()
            .Where(id => !guests.ContainsKey(id)).Distinct().ToList();
        if (guestIds.Count > 0)
        {
            foreach (var guest in await db.RoomGuests.AsNoTracking().Where(g => guestIds.Contains(g.Id)).ToListAsync(cancellationToken))
            {
                guests[guest.Id] = guest.DisplayName ?? Guest;
            }
        }
    }

    public string? NameOf(Contribution contribution)
    {
        if (contribution.Anonymous)
        {
            return null;
        }

        if (contribution.Kind == ContributionKind.Spoken)
        {
            return contribution.SpokenById is { } speaker ? people.GetValueOrDefault(speaker) : null;
        }

        return contribution.PersonId is { } person ? people.GetValueOrDefault(person)
            : contribution.GuestId is { } guest ? guests.GetValueOrDefault(guest, Guest)
            : null;
    }

    public static ContributionView View(Contribution contribution, string? name) => new(
        contribution.Id,
        contribution.Sequence,
        contribution.PromptId,
        contribution.BreakoutGroupNumber,
        contribution.Kind,
        contribution.Text,
        contribution.Scale,
        contribution.GoodEnough,
        contribution.Anonymous ? null : name,
        contribution.Photo is { } photo ? new PhotoView(photo.Description, photo.ContentType) : null,
        contribution.Pinned,
        contribution.CreatedAt);
}
