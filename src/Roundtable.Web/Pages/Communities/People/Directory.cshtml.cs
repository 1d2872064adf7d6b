using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// The people in a community, each only as they chose to be named, with what they offer and
// what they are looking for. Never an email address, an identity or an access need.
public class DirectoryModel(CurrentCommunity current, RoundtableDb db) : PageModel
{
    public const int SearchMaxLength = 100;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public Community Community { get; private set; } = null!;

    public int Everyone { get; private set; }

    // A site admin looking in is not a member, so has no place of their own to change.
    public bool IsMember { get; private set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public sealed record Person(string Name, CommunityRole Role, string? Offers, string? LookingFor, bool IsYou);

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, SearchMaxLength)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        var yours = place.Membership?.Id;
        IsMember = yours is not null;
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == Community.Id && m.LeftAt == null)
            .Select(m => new { m.Id, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation, m.Role, m.Offers, m.LookingFor, m.JoinedAt })
            .ToListAsync(cancellationToken);
        Everyone = members.Count;

        // Filtered here rather than in SQL: the same case-blind match on SQLite and PostgreSQL,
        // over a community's worth of people.
        People = members
            .Where(m => Search is null || Mentions(m.Offers, Search) || Mentions(m.LookingFor, Search))
            .Select(m => new Person(MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation), m.Role, m.Offers, m.LookingFor, m.Id == yours))
            .OrderByDescending(p => p.Role).ThenBy(p => p.Name == MemberNames.NotNamed).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private static bool Mentions(string? text, string search) =>
        text is not null && text.Contains(search, StringComparison.CurrentCultureIgnoreCase);
}
