using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Shared;

public sealed record Crumb(string Href, string Text);

// The breadcrumb trail from the list of communities down to a page about one of them.
public static class Crumbs
{
    public static readonly IReadOnlyList<Crumb> Home = [new("/", "Communities")];

    public static IReadOnlyList<Crumb> To(Community community, params Crumb[] below) =>
        [new("/", "Communities"), new($"/communities/{community.Slug}", community.Name), .. below];

    public static Crumb SubGroups(Community community) => new($"/communities/{community.Slug}/sub-groups", "Sub-groups");
}
