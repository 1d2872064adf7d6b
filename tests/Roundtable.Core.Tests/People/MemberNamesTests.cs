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

    [Fact]
    public void TellApart_TwoAlikeWithDifferentRoles_AddsEachOnesRole()
    {
        // Arrange
        var people = new[] { Gemma("Peer support worker", "Kilnbridge Council"), Gemma("Nurse", "Kilnbridge Council"), Person(Naming.FirstName, "Tomas Reyes", null, null) };

        // Act
        var labels = TellApart(people);

        // Assert
        Assert.Equal(["Gemma (Peer support worker)", "Gemma (Nurse)", "Tomas"], labels);
    }

    [Fact]
    public void TellApart_AlikeAndSameRole_AddsTheOrganisationInstead()
    {
        // Arrange
        var people = new[] { Gemma("Nurse", "Kilnbridge Council"), Gemma("Nurse", "Harrowmere Trust") };

        // Act
        var labels = TellApart(people);

        // Assert
        Assert.Equal(["Gemma (Kilnbridge Council)", "Gemma (Harrowmere Trust)"], labels);
    }

    [Fact]
    public void TellApart_NothingSaidOrNotNamed_NumbersThemAndRevealsNothingHidden()
    {
        // Arrange: the not-named members gave roles, which their choice keeps from being shown
        var people = new[]
        {
            Gemma(null, null), Gemma(null, null),
            Person(Naming.NotNamed, "Ola Brandt", "Social worker", null), Person(Naming.NotNamed, "Ida Frost", "Nurse", null),
        };

        // Act
        var labels = TellApart(people);

        // Assert
        Assert.Equal(["Gemma (1)", "Gemma (2)", $"{MemberNames.NotNamed} (1)", $"{MemberNames.NotNamed} (2)"], labels);
    }

    [Fact]
    public void TellApart_NobodyAlike_LeavesNamesAsTheyAre()
    {
        // Arrange
        var people = new[] { Gemma("Nurse", null), Person(Naming.FullName, "Gemma Hart", "Nurse", null) };

        // Act
        var labels = TellApart(people);

        // Assert
        Assert.Equal(["Gemma", "Gemma Hart"], labels);
    }

    private sealed record Someone(Naming Naming, string Name, string? Role, string? Organisation);

    private static Someone Person(Naming naming, string name, string? role, string? organisation) => new(naming, name, role, organisation);

    private static Someone Gemma(string? role, string? organisation) => new(Naming.FirstName, "Gemma Lowe", role, organisation);

    private static IReadOnlyList<string> TellApart(IReadOnlyList<Someone> people) => MemberNames.TellApart(
        people,
        p => MemberNames.AsTheyChose(p.Naming, p.Name, p.Role, p.Organisation),
        p => MemberNames.Clues(p.Naming, p.Role, p.Organisation));
}
