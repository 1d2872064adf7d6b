using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class IndexModel(
    CurrentCommunity current, Charters charters, CharterPeople people, ToBeConfirmedQueries toBeConfirmed, RoundtableDb db, TimeProvider clock)
    : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public CharterBodyView Charter { get; private set; } = null!;

    public string AuthorName { get; private set; } = "";

    public string? CreditedName { get; private set; }

    public bool ForCoLeads { get; private set; }

    public IReadOnlyList<ToBeConfirmed> Overdue { get; private set; } = [];

    public int OpenSuggestions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var communityId = Here.Community.Id;
        if (await charters.CurrentAsync(communityId, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        var names = await people.NamesAsync(communityId, [version.AuthorId, version.CreditedToId], cancellationToken);
        AuthorName = names.Of(version.AuthorId);
        CreditedName = version.CreditedToId is null ? null : names.Of(version.CreditedToId);

        ForCoLeads = Here.Allows(CommunityRole.CoLead);
        var today = CharterView.UkToday(clock);
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

    public string SectionTitle(string key) => Charter.Version.Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;
}
