using Roundtable.Core.Breakouts;
using static Roundtable.Core.Breakouts.BreakoutWarningKind;

namespace Roundtable.Core.Tests.Breakouts;

public class BreakoutPlannerTests
{
    private static BreakoutPerson Person(
        int n, bool lived = false, bool staff = false, bool family = false, bool quiet = false, bool chair = false, string? identity = null) =>
        new(new Guid(n, 0, 0, new byte[8]), $"Person {n:D3}", lived, staff, family, quiet, chair, identity);

    // n people of no particular kind.
    private static List<BreakoutPerson> People(int n) => Enumerable.Range(1, n).Select(i => Person(i)).ToList();

    // A community's mix: a fifth lived experts, some professional and lived expert at once, a
    // quarter staff across three sectors, families and carers, and two facilitators.
    private static List<BreakoutPerson> Mixed(int n, int quiet = 0) => Enumerable.Range(1, n).Select(i => (i % 20) switch
    {
        0 or 7 => Person(i, staff: true, chair: true, quiet: i <= quiet, identity: "Staff: health"),
        1 or 5 or 9 or 13 => Person(i, lived: true, quiet: i <= quiet, identity: i % 3 == 0 ? "Autistic person" : "Person with ADHD"),
        2 => Person(i, lived: true, staff: true, quiet: i <= quiet, identity: "Both"),
        3 or 8 or 14 or 18 or 19 => Person(i, staff: true, quiet: i <= quiet, identity: $"Staff: {(i % 3 == 0 ? "health" : i % 3 == 1 ? "social care" : "education")}"),
        4 or 10 or 16 => Person(i, family: true, quiet: i <= quiet, identity: "Family member or carer"),
        _ => Person(i, quiet: i <= quiet),
    }).ToList();

    private static int[] SizesOf(BreakoutPlan plan) => plan.Groups.Select(g => g.Members.Count).ToArray();

    private static IEnumerable<int> GroupsOf(BreakoutPlan plan, Func<BreakoutPerson, bool> who) =>
        plan.Groups.Where(g => g.Members.Any(who)).Select(g => g.Number);

    public static TheoryData<int> OneToSixty() => new(Enumerable.Range(1, 60));

    [Theory]
    [MemberData(nameof(OneToSixty))]
    public void Propose_AnyNumberUpToSixty_GivesTheFewestEvenGroupsOfAtMostEight(int n)
    {
        var plan = BreakoutPlanner.Propose(People(n));

        var sizes = SizesOf(plan);
        Assert.Equal(n, sizes.Sum());
        Assert.Equal((n + 7) / 8, sizes.Length);
        Assert.All(sizes, size => Assert.InRange(size, 1, 8));
        Assert.True(sizes.Max() - sizes.Min() <= 1, $"{n}: {string.Join("+", sizes)} is not even");
        Assert.Equal(Enumerable.Range(1, sizes.Length), plan.Groups.Select(g => g.Number));
    }

    [Theory]
    [MemberData(nameof(OneToSixty))]
    public void Propose_AnyNumberUpToSixty_KeepsToSixToEightWheneverAnySplitCanAndSaysWhenNot(int n)
    {
        var anySplitFits = Enumerable.Range(1, n).Any(groups => groups * 6 <= n && n <= groups * 8);

        var plan = BreakoutPlanner.Propose(People(n));

        Assert.Equal(anySplitFits, BreakoutPlanner.CanFit(n, 6, 8));
        if (anySplitFits)
        {
            Assert.All(SizesOf(plan), size => Assert.InRange(size, 6, 8));
            Assert.DoesNotContain(plan.Warnings, w => w.Kind is TooFew or TooMany);
        }
        else
        {
            var warning = Assert.Single(plan.Warnings, w => w.Kind == TooFew);
            Assert.Equal(plan.Groups.Where(g => g.Members.Count < 6).Select(g => g.Number), warning.Groups);
            Assert.Contains($"There is no way to put {n} {(n == 1 ? "person" : "people")} in groups of 6 to 8.", warning.Message);
        }
    }

    [Theory]
    [InlineData(60, new[] { 8, 8, 8, 8, 7, 7, 7, 7 })]
    [InlineData(48, new[] { 8, 8, 8, 8, 8, 8 })]
    [InlineData(25, new[] { 7, 6, 6, 6 })]
    [InlineData(17, new[] { 6, 6, 5 })]
    [InlineData(13, new[] { 7, 6 })]
    [InlineData(9, new[] { 5, 4 })]
    [InlineData(8, new[] { 8 })]
    [InlineData(4, new[] { 4 })]
    public void Propose_SixToEight_GivesTheseSizes(int n, int[] expected)
    {
        var plan = BreakoutPlanner.Propose(People(n));

        Assert.Equal(expected, SizesOf(plan));
    }

    [Fact]
    public void Propose_SeventeenPeople_NamesTheGroupThatIsOneShort()
    {
        var plan = BreakoutPlanner.Propose(People(17));

        var warning = Assert.Single(plan.Warnings, w => w.Kind == TooFew);
        Assert.Equal([3], warning.Groups);
        Assert.Equal("Group 3 has fewer than 6 people. There is no way to put 17 people in groups of 6 to 8.", warning.Message);
    }

    [Theory]
    [InlineData(20, 4, 5, new[] { 5, 5, 5, 5 })]
    [InlineData(20, 2, 3, new[] { 3, 3, 3, 3, 3, 3, 2 })]
    [InlineData(7, 3, 20, new[] { 7 })]
    public void Propose_OtherSizes_UseTheSameRule(int n, int min, int max, int[] expected)
    {
        var plan = BreakoutPlanner.Propose(People(n), min, max);

        Assert.Equal(expected, SizesOf(plan));
    }

    [Fact]
    public void Propose_Nobody_GivesNoGroupsAndNoWarnings()
    {
        var plan = BreakoutPlanner.Propose([]);

        Assert.Empty(plan.Groups);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Propose_SomeoneListedTwice_PlacesThemOnce()
    {
        var people = People(12);

        var plan = BreakoutPlanner.Propose([.. people, people[3]]);

        Assert.Equal(12, plan.Groups.Sum(g => g.Members.Count));
        Assert.Equal(people.Select(p => p.Id).Order(), plan.Groups.SelectMany(g => g.Members).Select(p => p.Id).Order());
    }

    [Theory]
    [InlineData(60)]
    [InlineData(43)]
    [InlineData(24)]
    [InlineData(13)]
    public void Propose_ACommunitysMix_GivesEveryGroupLivedExperienceAndStaff(int n)
    {
        var plan = BreakoutPlanner.Propose(Mixed(n));

        Assert.All(plan.Groups, g =>
        {
            Assert.Contains(g.Members, p => p.LivedExperience);
            Assert.Contains(g.Members, p => p.Staff);
        });
        Assert.DoesNotContain(plan.Warnings, w => w.Kind is NoLivedExperience or NoStaff);
    }

    [Fact]
    public void Propose_FewerLivedExpertsThanGroups_PutsEachInADifferentGroupAndNamesTheRest()
    {
        // 60 people in 8 groups, 5 of them lived experts, 30 staff.
        var people = Enumerable.Range(1, 60)
            .Select(i => i <= 5 ? Person(i, lived: true) : i <= 35 ? Person(i, staff: true) : Person(i, family: true))
            .ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal(5, GroupsOf(plan, p => p.LivedExperience).Count());
        var warning = Assert.Single(plan.Warnings, w => w.Kind == NoLivedExperience);
        Assert.Equal(plan.Groups.Where(g => !g.Members.Any(p => p.LivedExperience)).Select(g => g.Number), warning.Groups);
        Assert.Equal(3, warning.Groups.Count);
        Assert.EndsWith("have nobody with lived experience (there are 5 people with lived experience for 8 groups).", warning.Message);
        Assert.DoesNotContain(plan.Warnings, w => w.Kind == NoStaff);
    }

    [Fact]
    public void Propose_ManyLivedExpertsAndFewStaff_KeepsARoomForEachMemberOfStaff()
    {
        // Lived experts are placed first; without keeping a place, they would fill group 2 (7 places).
        var people = Enumerable.Range(1, 15).Select(i => i <= 13 ? Person(i, lived: true) : Person(i, staff: true)).ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal([8, 7], SizesOf(plan));
        Assert.All(plan.Groups, g => Assert.Contains(g.Members, p => p.Staff));
        Assert.DoesNotContain(plan.Warnings, w => w.Kind is NoLivedExperience or NoStaff);
    }

    [Fact]
    public void Propose_SomeoneWhoIsBoth_CountsAsLivedExperienceAndStaff()
    {
        var people = Enumerable.Range(1, 12).Select(i => i == 12 ? Person(i, lived: true, staff: true) : i == 11 ? Person(i, lived: true) : i == 10 ? Person(i, staff: true) : Person(i)).ToList();

        var plan = BreakoutPlanner.Propose(people, min: 6, max: 6);

        Assert.All(plan.Groups, g =>
        {
            Assert.Contains(g.Members, p => p.LivedExperience);
            Assert.Contains(g.Members, p => p.Staff);
        });
    }

    [Fact]
    public void Propose_StaffFromTwoSectors_MixesTheSectorsInEachGroup()
    {
        var people = Enumerable.Range(1, 16)
            .Select(i => Person(i, staff: true, lived: i % 4 == 0, identity: i <= 8 ? "Staff: health" : "Staff: social care"))
            .ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.All(plan.Groups, g =>
        {
            Assert.Equal(4, g.Members.Count(p => p.Identity == "Staff: health"));
            Assert.Equal(4, g.Members.Count(p => p.Identity == "Staff: social care"));
        });
    }

    [Fact]
    public void Propose_ColleaguesFromTheSameSector_AreSeatedApart()
    {
        // Two facilitators chair the two groups; each group should also hear the other sector.
        List<BreakoutPerson> people =
        [
            Person(1, staff: true, chair: true, identity: "Staff: health"),
            Person(2, staff: true, chair: true, identity: "Staff: social care"),
            Person(3, staff: true, identity: "Staff: health"),
            Person(4, staff: true, identity: "Staff: social care"),
            Person(5, lived: true),
            Person(6, lived: true),
        ];

        var plan = BreakoutPlanner.Propose(people, min: 3, max: 3);

        Assert.All(plan.Groups, g =>
        {
            Assert.Single(g.Members, p => p.Identity == "Staff: health");
            Assert.Single(g.Members, p => p.Identity == "Staff: social care");
        });
    }

    [Fact]
    public void Propose_AQuietGroupWithRoomLeft_StillGetsItsShareOfLivedExpertsAndStaff()
    {
        var people = Enumerable.Range(1, 16)
            .Select(i => i <= 4 ? Person(i, quiet: true) : i <= 8 ? Person(i, lived: true) : i <= 12 ? Person(i, staff: true) : Person(i))
            .ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal([2, 2], plan.Groups.Select(g => g.Members.Count(p => p.LivedExperience)));
        Assert.Equal([2, 2], plan.Groups.Select(g => g.Members.Count(p => p.Staff)));
    }

    [Fact]
    public void Propose_AQuietGroupNearlyFull_KeepsAPlaceForStaff()
    {
        // Six people who asked for a quiet space take six of group 1's eight places; the lived
        // experts after them must not take the last two, or the staff who come next cannot join.
        var people = Enumerable.Range(1, 16)
            .Select(i => i <= 6 ? Person(i, quiet: true) : i <= 10 ? Person(i, lived: true) : i <= 12 ? Person(i, staff: true) : Person(i))
            .ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.All(plan.Groups, g =>
        {
            Assert.Contains(g.Members, p => p.LivedExperience);
            Assert.Contains(g.Members, p => p.Staff);
        });
    }

    [Fact]
    public void Propose_FamiliesAndCarers_AreSpreadAcrossGroups()
    {
        var plan = BreakoutPlanner.Propose(Mixed(60));

        var families = plan.Groups.Select(g => g.Members.Count(p => p.FamilyOrCarer)).ToList();
        Assert.True(families.Max() - families.Min() <= 1, string.Join(", ", families));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(8, 1)]
    [InlineData(10, 2)]
    [InlineData(17, 3)]
    public void Propose_KeepingQuietSpaceTogether_PutsThemInTheFewestGroups(int quiet, int groups)
    {
        var plan = BreakoutPlanner.Propose(Mixed(60, quiet));

        Assert.Equal(Enumerable.Range(1, groups), GroupsOf(plan, p => p.WantsQuietSpace));
        Assert.Equal(quiet, plan.Groups.Sum(g => g.Members.Count(p => p.WantsQuietSpace)));
    }

    [Fact]
    public void Propose_KeepingQuietSpaceTogether_SharesThemEvenlyBetweenThoseGroups()
    {
        // Ten who asked for a quiet space, five of them lived experts: two groups of five, not six and four.
        var people = Enumerable.Range(1, 32).Select(i => Person(i, quiet: i <= 10, lived: i <= 5 || i > 26, staff: i > 20)).ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal([5, 5, 0, 0], plan.Groups.Select(g => g.Members.Count(p => p.WantsQuietSpace)));
    }

    [Fact]
    public void Propose_KeepingQuietSpaceTogether_StillMixesTheOtherGroups()
    {
        var plan = BreakoutPlanner.Propose(Mixed(60, quiet: 10));

        Assert.All(plan.Groups.Skip(2), g =>
        {
            Assert.Contains(g.Members, p => p.LivedExperience);
            Assert.Contains(g.Members, p => p.Staff);
        });
        Assert.All(SizesOf(plan), size => Assert.InRange(size, 7, 8));
    }

    [Fact]
    public void Propose_NotKeepingQuietSpaceTogether_SpreadsThemLikeAnyoneElse()
    {
        var plan = BreakoutPlanner.Propose(Mixed(60, quiet: 10), keepQuietTogether: false);

        Assert.True(GroupsOf(plan, p => p.WantsQuietSpace).Count() > 2);
    }

    [Fact]
    public void Propose_TheSamePeopleTwice_GivesTheSameGroups()
    {
        var people = Mixed(60, quiet: 6);

        var first = BreakoutPlanner.Propose(people);
        var second = BreakoutPlanner.Propose(people);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Propose_TheSamePeopleInAnotherOrder_GivesTheSameGroups()
    {
        var people = Mixed(60, quiet: 6);
        var shuffled = people.OrderBy(p => p.Id.GetHashCode()).Reverse().ToList();
        Assert.NotEqual(people.Select(p => p.Id), shuffled.Select(p => p.Id));

        var first = BreakoutPlanner.Propose(people);
        var second = BreakoutPlanner.Propose(shuffled);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Propose_FacilitatorsAndCoLeads_AreSpreadOneAGroupAndChair()
    {
        // 4 groups, 3 people who can chair, all with the lowest sort keys.
        var people = Enumerable.Range(1, 32).Select(i => Person(i, chair: i <= 3, lived: i % 2 == 0, staff: i % 2 == 1)).ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal(3, GroupsOf(plan, p => p.CanChair).Count());
        Assert.All(plan.Groups.Where(g => g.Members.Any(p => p.CanChair)), g =>
            Assert.True(g.Members.Single(p => p.Id == g.ChairId).CanChair));
        var warning = Assert.Single(plan.Warnings, w => w.Kind == NoFacilitator);
        Assert.Equal("Group 4 has no facilitator or co-lead: check its chair is happy to chair.", warning.Message);
    }

    [Fact]
    public void Propose_NobodyWhoCanChair_ChairsEachGroupWithALivedExpert()
    {
        var plan = BreakoutPlanner.Propose(Mixed(60).Select(p => p with { CanChair = false }));

        Assert.All(plan.Groups, g => Assert.True(g.Members.Single(p => p.Id == g.ChairId).LivedExperience));
    }

    [Fact]
    public void Propose_NobodyWhoCanChairOrIsALivedExpert_ChairsWithTheFirstWhoDidNotAskForQuiet()
    {
        var people = Enumerable.Range(1, 6).Select(i => Person(i, quiet: i <= 2)).ToList();

        var plan = BreakoutPlanner.Propose(people);

        Assert.Equal(people[2].Id, Assert.Single(plan.Groups).ChairId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(41)]
    [InlineData(60)]
    public void Propose_AnyGroup_HasAChairFromItsOwnMembers(int n)
    {
        var plan = BreakoutPlanner.Propose(Mixed(n, quiet: n / 5));

        Assert.All(plan.Groups, g => Assert.Contains(g.Members, p => p.Id == g.ChairId));
        Assert.DoesNotContain(plan.Warnings, w => w.Kind == NoChair);
    }

    [Fact]
    public void Review_AGroupMadeTooBigAndAChairMovedAway_SaysSo()
    {
        var plan = BreakoutPlanner.Propose(Mixed(16));
        var chair = plan.Groups[0].Members.Single(p => p.Id == plan.Groups[0].ChairId);
        List<BreakoutGroupPlan> moved =
        [
            plan.Groups[0] with { Members = plan.Groups[0].Members.Where(p => p != chair).ToList() },
            plan.Groups[1] with { Members = [.. plan.Groups[1].Members, chair] },
        ];

        var warnings = BreakoutPlanner.Review(moved, 6, 8);

        Assert.Equal([2], Assert.Single(warnings, w => w.Kind == TooMany).Groups);
        Assert.Equal("Group 2 has more than 8 people.", warnings.Single(w => w.Kind == TooMany).Message);
        Assert.Equal([1], Assert.Single(warnings, w => w.Kind == NoChair).Groups);
    }

    [Theory]
    [InlineData(new[] { 3 }, "Group 3")]
    [InlineData(new[] { 3, 4 }, "Groups 3 and 4")]
    [InlineData(new[] { 1, 3, 4 }, "Groups 1, 3 and 4")]
    public void GroupList_Numbers_ReadAsASentence(int[] numbers, string expected)
    {
        Assert.Equal(expected, BreakoutPlanner.GroupList(numbers));
    }

    private static List<string> Describe(BreakoutPlan plan) =>
        plan.Groups.Select(g => $"{g.Number}:{g.ChairId}:{string.Join(",", g.Members.Select(p => p.Id))}")
            .Concat(plan.Warnings.Select(w => w.Message))
            .ToList();
}
