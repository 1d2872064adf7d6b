using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.People;

// Checks a member's profile as sent, putting each problem beside its field; the details to save,
// or null when something is wrong.
public sealed class MeRules(ModelStateDictionary modelState, MeInput input, IReadOnlyList<IdentityOption> offered)
{
    public Profiles.Details? Check()
    {
        var offeredIds = offered.ToDictionary(o => o.Id.ToString(), o => o.Id, StringComparer.OrdinalIgnoreCase);
        var identities = input.Identities.Select(id => id is not null && offeredIds.TryGetValue(id, out var option) ? option : (Guid?)null).ToList();
        if (identities.Any(id => id is null))
        {
            modelState.AddModelError("Input.Identities", "Choose who you are from the list");
        }

        var organisation = modelState.Optional("Input.Organisation", input.Organisation, "Organisation", Membership.OrganisationMaxLength);
        var jobRole = modelState.Optional("Input.JobRole", input.JobRole, "Role", Membership.JobRoleMaxLength);
        Choice("Input.Naming", Enum.IsDefined(input.Naming), "Choose how you want to be named");
        var needs = input.AccessNeeds.Select(n => Profiles.AccessNeedOptions.FirstOrDefault(o => o.Need.ToString() == n)).ToList();
        if (needs.Any(n => n is null))
        {
            modelState.AddModelError("Input.AccessNeeds", "Choose your access needs from the list");
        }

        var otherNeeds = modelState.Optional("Input.OtherAccessNeeds", input.OtherAccessNeeds, "Other access needs", Membership.OtherAccessNeedsMaxLength);
        Choice("Input.ContactConsent", true, "Choose whether the email list can contact you");
        Choice("Input.QuoteConsent", Enum.IsDefined(input.QuoteConsent), "Choose whether you can be quoted in reports");
        Choice("Input.PhotoConsent", true, "Choose whether you can appear in photos");
        var offers = modelState.Optional("Input.Offers", input.Offers, "What you can offer", Membership.OffersMaxLength);
        var lookingFor = modelState.Optional("Input.LookingFor", input.LookingFor, "What you are looking for", Membership.LookingForMaxLength);
        if (!modelState.IsValid)
        {
            return null;
        }

        return new Profiles.Details(
            identities.Select(id => id!.Value).ToHashSet(),
            organisation,
            jobRole,
            input.Naming,
            needs.Aggregate(AccessNeeds.None, (all, n) => all | n!.Need),
            otherNeeds,
            new Consents.Choice(input.ContactConsent, input.QuoteConsent, input.PhotoConsent),
            offers,
            lookingFor);
    }

    // A choice that did not bind (a value the form never offers) gets our words, not the framework's.
    private void Choice(string key, bool isValid, string message)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            isValid = false;
        }

        if (!isValid)
        {
            modelState.AddModelError(key, message);
        }
    }
}
