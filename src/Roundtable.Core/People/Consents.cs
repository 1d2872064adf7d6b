using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// What a member agrees to: to be contacted by the community's email list, to be quoted beyond
// the room, to appear in photos. A change takes effect the moment it is saved, and each one is
// kept with its date so anyone can see what someone had agreed to and when.
public static class Consents
{
    public const string Given = nameof(Given);
    public const string Withdrawn = nameof(Withdrawn);

    public sealed record Choice(bool Contact, QuoteConsent Quote, bool Photos);

    public sealed record Contactable(Guid MembershipId, Guid PersonId, string Email, string? DisplayName);

    public static Choice Current(Membership membership) =>
        new(membership.ContactConsent, membership.QuoteConsent, membership.PhotoConsent);

    // Sets the member's consents and returns a change for each one that is different; one that
    // is the same as before gives none, so saving the same choice twice adds no history.
    public static IReadOnlyList<ConsentChange> Apply(Membership membership, Choice choice, DateTimeOffset at)
    {
        var changes = new List<ConsentChange>();
        if (membership.ContactConsent != choice.Contact)
        {
            membership.ContactConsent = choice.Contact;
            changes.Add(Change(membership, ConsentKind.Contact, choice.Contact ? Given : Withdrawn, at));
        }

        if (membership.QuoteConsent != choice.Quote)
        {
            membership.QuoteConsent = choice.Quote;
            changes.Add(Change(membership, ConsentKind.Quote, choice.Quote.ToString(), at));
        }

        if (membership.PhotoConsent != choice.Photos)
        {
            membership.PhotoConsent = choice.Photos;
            changes.Add(Change(membership, ConsentKind.Photos, choice.Photos ? Given : Withdrawn, at));
        }

        return changes;
    }

    // Apply, with the changes added to the context for the caller to save.
    public static IReadOnlyList<ConsentChange> Record(RoundtableDb db, Membership membership, Choice choice, DateTimeOffset at)
    {
        var changes = Apply(membership, choice, at);
        db.ConsentChanges.AddRange(changes);
        return changes;
    }

    // The community's email list: its current members who have agreed to be contacted, read
    // fresh each time, so someone who withdraws is left off the very next send.
    public static Task<List<Contactable>> WhoMayBeContactedAsync(RoundtableDb db, Guid communityId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == communityId && m.LeftAt == null && m.ContactConsent && m.Person.Email != null)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new Contactable(m.Id, m.PersonId, m.Person.Email!, m.Person.DisplayName))
            .ToListAsync(cancellationToken);

    private static ConsentChange Change(Membership membership, ConsentKind kind, string value, DateTimeOffset at) =>
        new() { MembershipId = membership.Id, Kind = kind, Value = value, At = at };
}
