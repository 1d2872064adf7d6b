namespace Roundtable.Core.People;

public static class SiteRoles
{
    public const string Admin = "SiteAdmin";
}
