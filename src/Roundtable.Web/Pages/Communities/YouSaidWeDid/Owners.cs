using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// Who can own a request, as one choice: "member:{membership id}" or "group:{sub-group id}".
public static class Owners
{
    public const string Nobody = "";

    // current: the owner now, kept as a choice after they left, so saving something else keeps them.
    public static async Task<IReadOnlyList<SelectOption>> OptionsAsync(RoundtableDb db, Guid communityId, Guid? current, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && (m.LeftAt == null || m.Id == current))
            .ToListAsync(cancellationToken);
        var groups = await db.SubGroups.AsNoTracking().Where(g => g.CommunityId == communityId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return
        [
            new(Nobody, "Nobody yet"),
            .. groups.Select(g => new SelectOption($"group:{g.Id}", $"{g.Name} (group)")),
            .. members.Select(m => (m.Id, Name: m.LeftAt is null ? MemberNames.AsTheyChose(m) : $"{MemberNames.AsTheyChose(m)} (has left)")).OrderBy(m => m.Name, StringComparer.CurrentCulture)
                .Select(m => new SelectOption($"member:{m.Id}", m.Name)),
        ];
    }

    public static string Choice(Guid? membershipId, Guid? subGroupId) =>
        membershipId is { } m ? $"member:{m}" : subGroupId is { } g ? $"group:{g}" : Nobody;

    public static (Guid? MembershipId, Guid? SubGroupId) Read(string? choice) =>
        choice?.Split(':', 2) switch
        {
            ["member", var id] when Guid.TryParse(id, out var m) => (m, null),
            ["group", var id] when Guid.TryParse(id, out var g) => (null, g),
            _ => (null, null),
        };
}
