using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.People;

public class WhoShouldBeHereTests
{
    private static readonly DateTimeOffset Retired = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly IdentityOption autistic = Option("Autistic person", IdentityKind.LivedExperience, 0, priority: true);
    private readonly IdentityOption adhd = Option("Person with ADHD", IdentityKind.LivedExperience, 1, retired: true);
    private readonly IdentityOption learning = Option("Person with a learning disability", IdentityKind.LivedExperience, 2, retired: true);
    private readonly IdentityOption carer = Option("Family member or carer", IdentityKind.FamilyOrCarer, 3);
    private readonly IdentityOption health = Option("Staff: health", IdentityKind.Staff, 4);
    private readonly IdentityOption primaryCare = Option("Staff: primary care", IdentityKind.Staff, 5, priority: true);
    private readonly IdentityOption blackOrBrown = Option("Person from a black or brown community", IdentityKind.Other, 6, priority: true);
    private readonly IdentityOption retiredPriority = Option("Retired priority", IdentityKind.Other, 7, priority: true, retired: true);

    private IdentityOption[] Options => [blackOrBrown, primaryCare, health, carer, learning, adhd, autistic, retiredPriority];

    // Six members: three autistic (one also ADHD, which is retired), one primary care, two
    // health staff (one of them autistic), and one who has said nothing.
    private Guid[][] Members =>
    [
        [autistic.Id, health.Id],
        [autistic.Id, adhd.Id, carer.Id],
        [autistic.Id],
        [primaryCare.Id],
        [health.Id],
        [],
    ];

    [Fact]
    public void Count_KnownMix_CountsMembersAndThoseWhoHaveNotSaid()
    {
        var mix = WhoShouldBeHere.Count(Options, Members);

        Assert.Equal(6, mix.ActiveMembers);
        Assert.Equal(1, mix.NotSaid);
    }

    [Fact]
    public void Count_KnownMix_PutsPrioritiesStillOfferedFirstWithTheirPresence()
    {
        var mix = WhoShouldBeHere.Count(Options, Members);

        Assert.Equal(
            [("Autistic person", 3, Presence.Present), ("Staff: primary care", 1, Presence.Thin), ("Person from a black or brown community", 0, Presence.Missing)],
            mix.Priorities.Select(p => (p.Name, p.Members, p.Presence)));
    }

    [Fact]
    public void Count_KnownMix_GroupsByKindCountingEachPersonOnceAndKeepsRetiredOptionsSomeoneHolds()
    {
        var mix = WhoShouldBeHere.Count(Options, Members);

        Assert.Equal(
            [(IdentityKind.LivedExperience, 3), (IdentityKind.FamilyOrCarer, 1), (IdentityKind.Staff, 3), (IdentityKind.Other, 0)],
            mix.Kinds.Select(k => (k.Kind, k.Members)));
        var lived = mix.Kinds[0].Options;
        Assert.Equal([("Autistic person", 3, false), ("Person with ADHD", 1, true)], lived.Select(o => (o.Name, o.Members, o.IsRetired)));
        Assert.Equal(["Person from a black or brown community"], mix.Kinds[3].Options.Select(o => o.Name));
    }

    [Fact]
    public void Count_SomeoneWhoOnlyHoldsARetiredOption_HasSaid()
    {
        var mix = WhoShouldBeHere.Count(Options, [[adhd.Id]]);

        Assert.Equal(0, mix.NotSaid);
    }

    [Fact]
    public void Count_NoMembers_EveryPriorityIsMissing()
    {
        var mix = WhoShouldBeHere.Count(Options, []);

        Assert.Equal(0, mix.ActiveMembers);
        Assert.All(mix.Priorities, p => Assert.Equal(Presence.Missing, p.Presence));
    }

    [Theory]
    [InlineData(0, Presence.Missing)]
    [InlineData(1, Presence.Thin)]
    [InlineData(2, Presence.Thin)]
    [InlineData(3, Presence.Present)]
    [InlineData(40, Presence.Present)]
    public void PresenceOf_Members_IsMissingThinOrPresent(int members, Presence expected) =>
        Assert.Equal(expected, WhoShouldBeHere.PresenceOf(members));

    private static IdentityOption Option(string name, IdentityKind kind, int position, bool priority = false, bool retired = false) =>
        new() { Name = name, Kind = kind, Position = position, IsPriority = priority, RetiredAt = retired ? Retired : null };
}
