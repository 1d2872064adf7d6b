using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Web.Pages.Communities.People;

// Everything a member says about themselves in a community, as the part pages' forms send it.
// Each part page sends only its own fields; the rest are taken from what is saved, so the whole
// is checked and saved together, as one profile.
public sealed class MeInput
{
    // Nullable: a value sent empty ("Input.Identities=") binds as null.
    public List<string?> Identities { get; set; } = [];

    public string? Organisation { get; set; }

    public string? JobRole { get; set; }

    public Naming Naming { get; set; }

    public List<string?> AccessNeeds { get; set; } = [];

    public string? OtherAccessNeeds { get; set; }

    public bool ContactConsent { get; set; }

    public QuoteConsent QuoteConsent { get; set; }

    public bool PhotoConsent { get; set; }

    public string? Offers { get; set; }

    public string? LookingFor { get; set; }

    public static MeInput Saved(Membership m) => new()
    {
        Identities = m.Identities.Select(i => (string?)i.IdentityOptionId.ToString()).ToList(),
        Organisation = m.Organisation,
        JobRole = m.JobRole,
        Naming = m.Naming,
        AccessNeeds = Profiles.Split(m.AccessNeeds).Select(n => (string?)n.ToString()).ToList(),
        OtherAccessNeeds = m.OtherAccessNeeds,
        ContactConsent = m.ContactConsent,
        QuoteConsent = m.QuoteConsent,
        PhotoConsent = m.PhotoConsent,
        Offers = m.Offers,
        LookingFor = m.LookingFor,
    };

    // What was saved, with one part's fields as they were sent.
    public MeInput With(string part, MeInput sent)
    {
        switch (part)
        {
            case MeParts.WhoYouAre:
                Identities = sent.Identities;
                break;
            case MeParts.OrganisationAndRole:
                (Organisation, JobRole) = (sent.Organisation, sent.JobRole);
                break;
            case MeParts.Naming:
                Naming = sent.Naming;
                break;
            case MeParts.AccessNeeds:
                (AccessNeeds, OtherAccessNeeds) = (sent.AccessNeeds, sent.OtherAccessNeeds);
                break;
            case MeParts.Consents:
                (ContactConsent, QuoteConsent, PhotoConsent) = (sent.ContactConsent, sent.QuoteConsent, sent.PhotoConsent);
                break;
            case MeParts.Offers:
                (Offers, LookingFor) = (sent.Offers, sent.LookingFor);
                break;
        }

        return this;
    }
}
