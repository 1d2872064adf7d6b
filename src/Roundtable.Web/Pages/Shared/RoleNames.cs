using Roundtable.Core.Communities;

namespace Roundtable.Web.Pages.Shared;

public static class RoleNames
{
    public static string Of(CommunityRole role) => role switch
    {
        CommunityRole.CoLead => "co-lead",
        CommunityRole.Facilitator => "facilitator",
        _ => "member",
    };

    public static string WithArticle(CommunityRole role) => $"a {Of(role)}";

    public static string Capitalised(CommunityRole role) => char.ToUpperInvariant(Of(role)[0]) + Of(role)[1..];
}
