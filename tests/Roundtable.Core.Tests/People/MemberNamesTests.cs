using Roundtable.Core.People;

namespace Roundtable.Core.Tests.People;

public class MemberNamesTests
{
    [Theory]
    [InlineData(Naming.FullName, "Nadia Achterberg", null, null, "Nadia Achterberg")]
    [InlineData(Naming.FirstName, "Nadia Achterberg", null, null, "Nadia")]
    [InlineData(Naming.FirstName, "  Nadia  ", null, null, "Nadia")]
    [InlineData(Naming.RoleOnly, "Nadia Achterberg", "Social worker", "Kilnbridge Council", "Social worker, Kilnbridge Council")]
    [InlineData(Naming.RoleOnly, "Nadia Achterberg", "Social worker", null, "Social worker")]
    [InlineData(Naming.RoleOnly, "Nadia Achterberg", null, "Kilnbridge Council", "Someone from Kilnbridge Council")]
    [InlineData(Naming.RoleOnly, "Nadia Achterberg", null, null, "A member")]
    [InlineData(Naming.NotNamed, "Nadia Achterberg", "Social worker", "Kilnbridge Council", MemberNames.NotNamed)]
    [InlineData(Naming.FullName, null, null, null, MemberNames.NotNamed)]
    public void AsTheyChose_FollowsTheirChoiceOnly(Naming naming, string? name, string? role, string? organisation, string expected) =>
        Assert.Equal(expected, MemberNames.AsTheyChose(naming, name, role, organisation));
}
