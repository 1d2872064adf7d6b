using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class VersionModel(CurrentCommunity current, Charters charters, CharterPeople people, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public CharterBodyView Charter { get; private set; } = null!;

    public int Latest { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string? CreditedName { get; private set; }

    public bool IsCurrent => Number == Latest;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await charters.VersionAsync(Community.Id, Number, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        Latest = await db.CharterVersions.Where(v => v.CommunityId == Community.Id).MaxAsync(v => v.Number, cancellationToken);
        var names = await people.NamesAsync(Community.Id, [version.AuthorId, version.CreditedToId], cancellationToken);
        AuthorName = names.Of(version.AuthorId);
        CreditedName = version.CreditedToId is null ? null : names.Of(version.CreditedToId);
        // Items to be confirmed belong to the charter as it is now, so an old version shows none.
        Charter = new CharterBodyView(Slug, version, [], default);
        return Page();
    }
}
