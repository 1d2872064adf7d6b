using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// How a member appears to others in their community: only as they chose. The one rule every
// page, list and report uses.
public static class MemberNames
{
    public const string NotNamed = "A member who prefers not to be named";

    public static string AsTheyChose(Naming naming, string? displayName, string? jobRole, string? organisation) => naming switch
    {
        Naming.FullName when !string.IsNullOrWhiteSpace(displayName) => displayName.Trim(),
        Naming.FirstName when !string.IsNullOrWhiteSpace(displayName) => FirstName(displayName),
        Naming.RoleOnly => RoleOnly(jobRole, organisation),
        _ => NotNamed,
    };

    public static string AsTheyChose(Membership membership) =>
        AsTheyChose(membership.Naming, membership.Person.DisplayName, membership.JobRole, membership.Organisation);

    public static string FirstName(string displayName) =>
        displayName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];

    private static string RoleOnly(string? jobRole, string? organisation) =>
        (string.IsNullOrWhiteSpace(jobRole), string.IsNullOrWhiteSpace(organisation)) switch
        {
            (false, false) => $"{jobRole!.Trim()}, {organisation!.Trim()}",
            (false, true) => jobRole!.Trim(),
            (true, false) => $"Someone from {organisation!.Trim()}",
            _ => "A member",
        };
}
