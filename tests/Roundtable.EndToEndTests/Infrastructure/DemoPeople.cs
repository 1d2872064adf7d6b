using Roundtable.Core.DemoData;

namespace Roundtable.EndToEndTests.Infrastructure;

// The demo communities the app loads into an empty database, as tests refer to them.
public static class DemoPeople
{
    public const string SiteAdminEmail = DemoCommunities.AdminEmail;

    public const string CoLeadEmail = "nadia.achterberg@example.org";

    public const string CoLeadName = "Nadia Achterberg";

    public const string CoLeadCommunitySlug = "brackenmouth-ld-autism";

    public static DemoCommunities.DemoCommunity CoLeadCommunity => DemoCommunities.All.Single(c => c.Slug == CoLeadCommunitySlug);

    public static string NewEmail() => $"new-{Guid.NewGuid():N}@example.org";
}
