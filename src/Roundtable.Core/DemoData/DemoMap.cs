using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;

namespace Roundtable.Core.DemoData;

// The demo's system map: invented organisations, services and groups in an invented area, the
// kinds a learning disability and autism community works across, with who works with whom and a
// few members linked to them. Laid through MapEntries, as a member adds them.
public static class DemoMap
{
    public const string Community = "brackenmouth-ld-autism";

    // LinkedEmails: the demo members who said they are linked to it.
    public sealed record Place(string Name, MapEntryKind Kind, Sector Sector, string Offers, string? Needs, string? WebAddress, params string[] LinkedEmails);

    public sealed record WorksWith(string From, string To, string How);

    public static readonly IReadOnlyList<Place> Places =
    [
        new("Brackenmouth Health Partnership", MapEntryKind.Organisation, Sector.Nhs,
            "Acute and community health services across Brackenmouth and the Lanes", "Lived experience advisers for its learning disability work",
            "https://health-partnership.example.org", "tom.whitlow@example.org"),
        new("Learning Disability Liaison Team", MapEntryKind.Service, Sector.Nhs,
            "Reasonable adjustments and hospital passports for inpatients", "Earlier warning of planned admissions", null),
        new("Community Learning Disability Team", MapEntryKind.Service, Sector.Nhs,
            "Health support at home: nursing, speech and language therapy, psychology", "A named contact for each carers' group", null),
        new("Harbour Street Surgery", MapEntryKind.Service, Sector.Nhs,
            "Annual health checks", "Ideas for making health checks work for autistic patients", null),
        new("Brackenmouth Council Adult Social Care", MapEntryKind.Organisation, Sector.CouncilAndSocialCare,
            "Care Act assessments and support planning", "Feedback from people waiting for an assessment", "https://council.example.org/adult-care"),
        new("Lanes Short Breaks", MapEntryKind.Service, Sector.CouncilAndSocialCare,
            "Short breaks for carers, overnight and by day", "More carers telling it what times suit them", null),
        new("Brackenmouth Parent Carer Forum", MapEntryKind.Group, Sector.VoluntaryAndCommunity,
            "A parent carer group that meets monthly", "A named contact in the community learning disability team", null, "amira.haddad@example.org"),
        new("Lanes Carers' Circle", MapEntryKind.Group, Sector.VoluntaryAndCommunity,
            "Peer support for older carers", "A room for its meetings", null),
        new("Brackenmouth Self-Advocates", MapEntryKind.Group, Sector.VoluntaryAndCommunity,
            "Easy read reviews and training on autism acceptance", "Services willing to test changes with them",
            "https://self-advocates.example.org", "nadia.achterberg@example.org"),
        new("Lanes Peer Educator Network", MapEntryKind.Group, Sector.VoluntaryAndCommunity,
            "Autistic and learning disabled peer educators who train staff", "Other trusts to take the training to", null, "danny.okoro@example.org"),
        new("Lanes Advocacy", MapEntryKind.Organisation, Sector.VoluntaryAndCommunity,
            "Independent advocacy, including Care Act advocacy", null, null, "ollie.brandt@example.org"),
        new("Lanes Academy", MapEntryKind.Organisation, Sector.Education,
            "Special educational needs support and transition planning", "Links with adult services before pupils leave", null),
    ];

    public static readonly IReadOnlyList<WorksWith> Connections =
    [
        new("Learning Disability Liaison Team", "Brackenmouth Health Partnership", "Part of the trust's acute hospitals"),
        new("Community Learning Disability Team", "Brackenmouth Health Partnership", "Part of the trust's community services"),
        new("Brackenmouth Self-Advocates", "Learning Disability Liaison Team", "Review its easy read hospital passport"),
        new("Lanes Peer Educator Network", "Brackenmouth Health Partnership", "Trains ward staff on autism acceptance"),
        new("Brackenmouth Parent Carer Forum", "Community Learning Disability Team", "Connection brokered at a session: a named contact for the forum"),
        new("Lanes Carers' Circle", "Lanes Short Breaks", "Tells it which times suit older carers"),
        new("Lanes Short Breaks", "Brackenmouth Council Adult Social Care", "Commissioned by it"),
        new("Lanes Advocacy", "Brackenmouth Council Adult Social Care", "Advocates for people in Care Act assessments"),
        new("Harbour Street Surgery", "Lanes Peer Educator Network", "Asked it to help make health checks work for autistic patients"),
        new("Lanes Academy", "Community Learning Disability Team", "Plans transition to adult services together"),
    ];

    public static async Task LayAsync(
        MapEntries entries, Guid communityId, string slug, Guid byId, IReadOnlyDictionary<string, Membership> memberships, CancellationToken cancellationToken)
    {
        if (slug != Community)
        {
            return;
        }

        var ids = new Dictionary<string, MapEntry>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            var added = await entries.AddAsync(
                communityId, Guid.Empty, new(place.Name, place.Kind.ToString(), place.Sector.ToString(), place.Offers, place.Needs, place.WebAddress), byId, cancellationToken);
            var entry = added.Entry ?? throw new InvalidOperationException($"{place.Name} was not added to the map: {string.Join("; ", added.Problems.Select(p => p.Message))}");
            ids[place.Name] = entry;
            foreach (var email in place.LinkedEmails)
            {
                await entries.LinkMemberAsync(entry, memberships[email], cancellationToken);
            }
        }

        foreach (var link in Connections)
        {
            var linked = await entries.LinkAsync(communityId, ids[link.From].Id, new(ids[link.To].Id, link.How), byId, cancellationToken);
            if (!linked.Done)
            {
                throw new InvalidOperationException($"{link.From} was not linked to {link.To}: {string.Join("; ", linked.Problems.Select(p => p.Message))}");
            }
        }
    }
}
