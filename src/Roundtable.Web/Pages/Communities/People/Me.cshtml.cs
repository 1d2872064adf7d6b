using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// Someone's place in a community at a glance: each part of what they said, with a link to
// change it on its own page (MePartModel), their consent history, and the way out.
public class MeModel(CurrentCommunity current, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    // "true" from the invitation pages, when someone has just joined. A string, so that an odd
    // value is simply no welcome rather than a problem to show.
    [FromQuery(Name = "welcome")]
    public string? WelcomeParameter { get; set; }

    public bool Welcome => string.Equals(WelcomeParameter, "true", StringComparison.OrdinalIgnoreCase);

    public Community Community { get; private set; } = null!;

    public Membership Membership { get; private set; } = null!;

    // The names of the identities they chose, in the community's order.
    public IReadOnlyList<string> Identities { get; private set; } = [];

    public IReadOnlyList<ConsentChange> History { get; private set; } = [];

    public string NameOthersSee => MemberNames.AsTheyChose(Membership);

    public string PathTo(string part) => MeParts.Path(Community.Slug, part);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (place.Membership is null)
        {
            // A site admin who is not a member has no place here to describe.
            return NotFound();
        }

        Community = place.Community;
        Membership = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .SingleAsync(m => m.Id == place.Membership.Id, cancellationToken);
        Identities = await db.MemberIdentities.AsNoTracking()
            .Where(i => i.MembershipId == Membership.Id)
            .OrderBy(i => i.IdentityOption.Kind).ThenBy(i => i.IdentityOption.Position).ThenBy(i => i.IdentityOption.Name)
            .Select(i => i.IdentityOption.Name)
            .ToListAsync(cancellationToken);
        History = await db.ConsentChanges.AsNoTracking()
            .Where(c => c.MembershipId == Membership.Id)
            .OrderByDescending(c => c.At).ThenBy(c => c.Kind)
            .ToListAsync(cancellationToken);
        return Page();
    }

    // Nothing is changed here: each part has its own page. A form sent here from an older copy of
    // the page comes back to the summary.
    public IActionResult OnPost() => RedirectToPage(new { slug = Slug });

    public static string NamingWords(Naming naming) => naming switch
    {
        Naming.FullName => "by your full name",
        Naming.FirstName => "by your first name only",
        Naming.RoleOnly => "by your role only",
        _ => "not named",
    };

    public static string QuoteWords(QuoteConsent quote) => quote switch
    {
        QuoteConsent.ByName => "Yes, by your name",
        QuoteConsent.ByRole => "Yes, by your role only",
        _ => "No",
    };
}
