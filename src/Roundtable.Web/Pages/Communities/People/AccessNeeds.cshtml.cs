using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// For co-leads and facilitators planning sessions: what the community's members need to take
// part. Members see their own on their own page, and nobody else's anywhere.
public class AccessNeedsModel(CurrentCommunity current, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public int ActiveMembers { get; private set; }

    public IReadOnlyList<(Profiles.AccessNeedOption Option, int Members)> Counts { get; private set; } = [];

    public int WroteOther { get; private set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public sealed record Person(string Name, IReadOnlyList<string> Needs, string? Other);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == Community.Id && m.LeftAt == null)
            .Select(m => new { m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation, m.AccessNeeds, m.OtherAccessNeeds })
            .ToListAsync(cancellationToken);

        ActiveMembers = members.Count;
        Counts = Profiles.AccessNeedOptions.Select(o => (o, members.Count(m => m.AccessNeeds.HasFlag(o.Need)))).ToList();
        WroteOther = members.Count(m => !string.IsNullOrWhiteSpace(m.OtherAccessNeeds));
        People = members
            .Where(m => m.AccessNeeds != AccessNeeds.None || !string.IsNullOrWhiteSpace(m.OtherAccessNeeds))
            .Select(m => new Person(
                MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation),
                Profiles.Split(m.AccessNeeds).Select(Profiles.LabelOf).ToList(),
                string.IsNullOrWhiteSpace(m.OtherAccessNeeds) ? null : m.OtherAccessNeeds))
            .OrderBy(p => p.Name == MemberNames.NotNamed).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
