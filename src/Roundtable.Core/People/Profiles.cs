using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// What a member says about themselves in one community, in their own terms: who they are, how
// they are named, what they need, what they agree to, and what they offer and look for.
public static class Profiles
{
    public sealed record AccessNeedOption(AccessNeeds Need, string Label, string? Hint);

    // The common needs, in the order people are asked about them.
    public static readonly IReadOnlyList<AccessNeedOption> AccessNeedOptions =
    [
        new(AccessNeeds.EasyRead, "Easy read", "Information in short sentences, with large text"),
        new(AccessNeeds.Captions, "Captions", "Words on the screen for what people say"),
        new(AccessNeeds.Breaks, "Breaks", "Time to step away during a session"),
        new(AccessNeeds.CameraOff, "Camera off", "Taking part online with my camera off"),
        new(AccessNeeds.LargerText, "Larger text", null),
        new(AccessNeeds.BslInterpreter, "A British Sign Language (BSL) interpreter", null),
        new(AccessNeeds.QuietSpace, "A quiet space", "Somewhere calm to go at face-to-face events"),
    ];

    public sealed record Details(
        IReadOnlyCollection<Guid> Identities,
        string? Organisation,
        string? JobRole,
        Naming Naming,
        AccessNeeds AccessNeeds,
        string? OtherAccessNeeds,
        Consents.Choice Consent,
        string? Offers,
        string? LookingFor);

    public static IReadOnlyList<AccessNeeds> Split(AccessNeeds needs) =>
        AccessNeedOptions.Where(option => option.Need != AccessNeeds.None && needs.HasFlag(option.Need)).Select(option => option.Need).ToList();

    public static string LabelOf(AccessNeeds need) =>
        AccessNeedOptions.FirstOrDefault(option => option.Need == need)?.Label ?? need.ToString();

    // The identities a member may tick: the community's current options, and any retired one
    // they already hold (it stays theirs until they untick it), in the community's order.
    public static IReadOnlyList<IdentityOption> OnOffer(IEnumerable<IdentityOption> communityOptions, IEnumerable<Guid> held)
    {
        var heldIds = held.ToHashSet();
        return communityOptions
            .Where(option => option.RetiredAt is null || heldIds.Contains(option.Id))
            .OrderBy(option => option.Position).ThenBy(option => option.Name, StringComparer.Ordinal)
            .ToList();
    }

    // Saves what the member chose onto their membership (its Identities loaded), adding to the
    // context any identities and consent changes; the caller saves. Saving the same details
    // twice changes nothing the second time. Identities not on offer are ignored: the page
    // checks for them first.
    public static IReadOnlyList<ConsentChange> Save(
        RoundtableDb db, Membership membership, IReadOnlyCollection<IdentityOption> communityOptions, Details details, DateTimeOffset now)
    {
        var held = membership.Identities.Select(identity => identity.IdentityOptionId).ToList();
        var allowed = OnOffer(communityOptions, held).Select(option => option.Id).ToHashSet();
        var chosen = details.Identities.Where(allowed.Contains).ToHashSet();

        db.MemberIdentities.RemoveRange(membership.Identities.Where(identity => !chosen.Contains(identity.IdentityOptionId)).ToList());
        foreach (var optionId in chosen.Where(id => !held.Contains(id)))
        {
            db.MemberIdentities.Add(new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = optionId });
        }

        membership.Organisation = details.Organisation;
        membership.JobRole = details.JobRole;
        membership.Naming = details.Naming;
        membership.AccessNeeds = details.AccessNeeds;
        membership.OtherAccessNeeds = details.OtherAccessNeeds;
        membership.Offers = details.Offers;
        membership.LookingFor = details.LookingFor;
        return Consents.Record(db, membership, details.Consent, now);
    }
}
