using Roundtable.Core.People;

namespace Roundtable.Web.Api;

// What MemberNames needs to name a member, read from the database in one projection, so the
// API never has a display name, email or person id to hand out by mistake.
public sealed record Named(Naming Naming, string? DisplayName, string? JobRole, string? Organisation)
{
    // Someone who is not (or no longer) a member is not named at all.
    public const string FormerMember = "A former member";

    public string AsTheyChose => MemberNames.AsTheyChose(Naming, DisplayName, JobRole, Organisation);
}
