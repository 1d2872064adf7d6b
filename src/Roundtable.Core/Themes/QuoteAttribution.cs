using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Themes;

public enum AttributedBy
{
    Nobody = 0,
    Role = 1,
    Name = 2,
}

public sealed record Attribution(AttributedBy By, string? Text)
{
    public static readonly Attribution None = new(AttributedBy.Nobody, null);
}

// Who a quote is put down to when it is shared beyond the room: only as its speaker consented.
// By name only when they consented to being quoted by name and chose to be named; by their role
// at most otherwise; not at all for anonymous contributions, guests, and anyone who did not
// consent or chose not to be named. The one rule every report uses.
public static class QuoteAttribution
{
    // The person whose words these are: for something said aloud, the speaker (none when they
    // chose not to be named), not the scribe who wrote it down.
    public static Guid? SpeakerOf(Contribution contribution) =>
        contribution.Anonymous || contribution.GuestId is not null ? null
        : contribution.Kind == ContributionKind.Spoken ? contribution.SpokenById
        : contribution.PersonId;

    // speaker: the membership of SpeakerOf(contribution) in the community, with its Person; null
    // when there is none.
    public static Attribution For(Contribution contribution, Membership? speaker)
    {
        if (SpeakerOf(contribution) is not { } personId || speaker is null || speaker.PersonId != personId)
        {
            return Attribution.None;
        }

        return For(speaker.QuoteConsent, speaker.Naming, speaker.Person?.DisplayName, speaker.JobRole, speaker.Organisation);
    }

    public static Attribution For(QuoteConsent consent, Naming naming, string? displayName, string? jobRole, string? organisation)
    {
        if (consent == QuoteConsent.NotQuoted || naming == Naming.NotNamed)
        {
            return Attribution.None;
        }

        if (consent == QuoteConsent.ByName && naming is Naming.FirstName or Naming.FullName && !string.IsNullOrWhiteSpace(displayName))
        {
            return new(AttributedBy.Name, MemberNames.AsTheyChose(naming, displayName, jobRole, organisation));
        }

        return string.IsNullOrWhiteSpace(jobRole) && string.IsNullOrWhiteSpace(organisation)
            ? Attribution.None
            : new(AttributedBy.Role, MemberNames.AsTheyChose(Naming.RoleOnly, null, jobRole, organisation));
    }
}
