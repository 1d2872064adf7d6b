using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class IndexModel(
    CurrentCommunity current, Charters charters, CharterPeople people, ToBeConfirmedQueries toBeConfirmed, RoundtableDb db, TimeProvider clock)
    : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    // Null for a community that has not started its charter (one made before charters existed).
    public CharterBodyView? Charter { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string? CreditedName { get; private set; }

    public bool ForCoLeads { get; private set; }

    public IReadOnlyList<ToBeConfirmed> Overdue { get; private set; } = [];

    public int OpenSuggestions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        ForCoLeads = Here.Allows(CommunityRole.CoLead);
        var communityId = Here.Community.Id;
        if (await charters.CurrentAsync(communityId, cancellationToken) is not { } version)
        {
            return Page();
        }

        var names = await people.NamesAsync(communityId, [version.AuthorId, version.CreditedToId], cancellationToken);
        AuthorName = names.Of(version.AuthorId);
        CreditedName = version.CreditedToId is null ? null : names.Of(version.CreditedToId);

        var today = UkTime.Today(clock);
        var open = await toBeConfirmed.OpenAsync(communityId, cancellationToken);
        Charter = new CharterBodyView(Slug, version, open, today, ForCoLeads, CanSuggest: Here.Membership is not null && !ForCoLeads);
        if (ForCoLeads)
        {
            Overdue = open.Where(item => item.IsOverdue(today)).ToList();
            OpenSuggestions = await db.CharterSuggestions
                .CountAsync(s => s.CommunityId == communityId && s.Status == SuggestionStatus.Open, cancellationToken);
        }

        return Page();
    }

    // A co-lead starts a charter from the template for a community that has none.
    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (!Here.Allows(CommunityRole.CoLead))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        if (await charters.CurrentAsync(Here.Community.Id, cancellationToken) is null)
        {
            charters.StartFirst(Here.Community, User.PersonId()!.Value);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another co-lead (or a second click) started it at the same moment: version 1 is there.
                db.ChangeTracker.Clear();
            }
        }

        TempData.Notify("The charter has been started from the template. Edit each section to make it your community's own.");
        return RedirectToPage();
    }

    public string SectionTitle(string key) => Charter?.Version.Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;
}
