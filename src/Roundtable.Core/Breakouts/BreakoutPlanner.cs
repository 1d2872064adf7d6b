namespace Roundtable.Core.Breakouts;

// Someone taking part, as the planner sees them. SortKey fixes the order people are dealt in, so
// the same people always give the same groups; Identity is what they share with people like them
// (their first identity or sector), so that people alike are spread rather than seated together.
public sealed record BreakoutPerson(
    Guid Id,
    string SortKey,
    bool LivedExperience,
    bool Staff,
    bool FamilyOrCarer,
    bool WantsQuietSpace,
    bool CanChair,
    string? Identity = null);

public sealed record BreakoutGroupPlan(int Number, Guid? ChairId, IReadOnlyList<BreakoutPerson> Members);

public enum BreakoutWarningKind
{
    TooFew = 0,
    TooMany = 1,
    NoLivedExperience = 2,
    NoStaff = 3,
    NoChair = 4,

    // The chair was chosen because nobody in the group facilitates: worth checking with them.
    NoFacilitator = 5,
}

public sealed record BreakoutWarning(BreakoutWarningKind Kind, IReadOnlyList<int> Groups, string Message);

public sealed record BreakoutPlan(IReadOnlyList<BreakoutGroupPlan> Groups, IReadOnlyList<BreakoutWarning> Warnings);

// Which of the sizes a facilitator asked for a problem is about.
public enum BreakoutSize
{
    Min = 0,
    Max = 1,
}

public sealed record BreakoutSizeProblem(BreakoutSize Size, string Message);

// Proposes breakout groups of a chosen size, mixed so that each hears lived experience and staff,
// each with a chair. No randomness and no search: people are sorted once, then each is placed in
// turn in the group that needs them most, which is O(n log n + n × g) for n people in g groups
// (60 people, 8 groups: under 500 comparisons).
//
// The rules, in order:
// 1. Sizes: the fewest groups of at most max (⌈n / max⌉), sizes as even as possible, larger first.
//    If that gives a group smaller than min then no split into groups of min to max exists: max is
//    kept (it is the limit the facilitator set for everyone to be heard) and the small groups
//    are reported. Fewer people than min make one small group.
// 2. When asked, people who need a quiet space go first, into the fewest groups that hold them.
// 3. Everyone is then placed in this order: people who can chair, lived experts (a professional
//    who is also a lived expert counts as both), staff, families and carers, then everyone else.
//    Each goes to the group where they fill a gap (no chair, no lived experience, no staff), then
//    where fewest are of their kind, then fewest share their identity or sector, then the one with
//    most room, then the lowest number. A group keeps a place free for a kind of person it lacks
//    while any such person is still to be placed.
// 4. Chair: someone who can chair; otherwise a lived expert; otherwise anyone, preferring people
//    who did not ask for a quiet space. Every group with people in it has a chair.
public static class BreakoutPlanner
{
    public const int DefaultMin = 6;
    public const int DefaultMax = 8;

    // The sizes a facilitator may ask for: a pair can talk; more than twenty is not a breakout.
    public const int SmallestAllowed = 2;
    public const int LargestAllowed = 20;

    // What is wrong with the sizes asked for; a size that could not be read is null, and is not judged.
    public static IReadOnlyList<BreakoutSizeProblem> CheckSizes(int? min, int? max)
    {
        var problems = new List<BreakoutSizeProblem>();
        if (min < SmallestAllowed)
        {
            problems.Add(new(BreakoutSize.Min, $"The smallest group size must be {SmallestAllowed} or more"));
        }

        if (max > LargestAllowed)
        {
            problems.Add(new(BreakoutSize.Max, $"The largest group size must be {LargestAllowed} or fewer"));
        }
        else if (min is not null && max < min)
        {
            problems.Add(new(BreakoutSize.Max, "The largest group size must be the same as the smallest or more"));
        }

        return problems;
    }

    public static BreakoutPlan Propose(IEnumerable<BreakoutPerson> people, int min = DefaultMin, int max = DefaultMax, bool keepQuietTogether = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);

        var everyone = people.DistinctBy(p => p.Id)
            .OrderBy(p => p.SortKey, StringComparer.Ordinal).ThenBy(p => p.Id)
            .ToList();
        var order = everyone.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var groups = Sizes(everyone.Count, max).Select((size, i) => new Forming(i + 1, size)).ToList();
        var waiting = new Waiting(everyone);

        if (keepQuietTogether)
        {
            var quiet = everyone.Where(p => p.WantsQuietSpace).ToList();
            Deal(quiet, groups[..FewestGroupsFor(quiet.Count, groups)], waiting);
            Deal(everyone.Where(p => !p.WantsQuietSpace), groups, waiting);
        }
        else
        {
            Deal(everyone, groups, waiting);
        }

        var plans = groups
            .Select(g =>
            {
                var members = g.Members.OrderBy(p => order[p.Id]).ToList();
                return new BreakoutGroupPlan(g.Number, ChooseChair(members)?.Id, members);
            })
            .ToList();
        return new BreakoutPlan(plans, Review(plans, min, max));
    }

    // The fewest groups of at most max, as even as possible, larger groups first.
    public static IReadOnlyList<int> Sizes(int people, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var count = (people + max - 1) / max;
        return Enumerable.Range(0, count).Select(i => people / count + (i < people % count ? 1 : 0)).ToList();
    }

    // Whether any split of this many people into groups of min to max exists.
    public static bool CanFit(int people, int min, int max) =>
        people == 0 || (people + max - 1) / max * min <= people;

    // Someone who can chair; else a lived expert; else anyone; people who asked for a quiet space
    // last within each. Members are in the planner's order, so ties go to the first.
    public static BreakoutPerson? ChooseChair(IReadOnlyList<BreakoutPerson> members) =>
        members
            .OrderByDescending(p => p.CanChair)
            .ThenBy(p => p.WantsQuietSpace)
            .ThenByDescending(p => p.LivedExperience)
            .FirstOrDefault();

    // What a facilitator should know about groups as they stand, whether proposed or moved since.
    public static IReadOnlyList<BreakoutWarning> Review(IReadOnlyList<BreakoutGroupPlan> groups, int min, int max)
    {
        var warnings = new List<BreakoutWarning>();
        var people = groups.Sum(g => g.Members.Count);
        if (people == 0)
        {
            return warnings;
        }

        var cannotFit = CanFit(people, min, max) ? "" : $" There is no way to put {people} {PeopleWord(people)} in groups of {min} to {max}.";
        Add(BreakoutWarningKind.TooFew, g => g.Members.Count < min, (list, one) => $"{list} {Has(one)} fewer than {min} people.{cannotFit}");
        Add(BreakoutWarningKind.TooMany, g => g.Members.Count > max, (list, one) => $"{list} {Has(one)} more than {max} people.");

        var occupied = groups.Where(g => g.Members.Count > 0).ToList();
        var lived = groups.Sum(g => g.Members.Count(p => p.LivedExperience));
        var staff = groups.Sum(g => g.Members.Count(p => p.Staff));
        Add(BreakoutWarningKind.NoLivedExperience, g => g.Members.Count > 0 && !g.Members.Any(p => p.LivedExperience),
            (list, one) => $"{list} {Has(one)} nobody with lived experience{Scarce(lived, occupied.Count, lived == 1 ? "is 1 person with lived experience" : $"are {lived} people with lived experience")}.");
        Add(BreakoutWarningKind.NoStaff, g => g.Members.Count > 0 && !g.Members.Any(p => p.Staff),
            (list, one) => $"{list} {Has(one)} no staff{Scarce(staff, occupied.Count, staff == 1 ? "is 1 member of staff" : $"are {staff} staff")}.");
        Add(BreakoutWarningKind.NoChair, g => g.Members.Count > 0 && !g.Members.Any(p => p.Id == g.ChairId),
            (list, one) => $"{list} {Has(one)} no chair.");
        Add(BreakoutWarningKind.NoFacilitator, g => g.Members.Count > 0 && !g.Members.Any(p => p.CanChair),
            (list, one) => $"{list} {Has(one)} no facilitator or co-lead: check {(one ? "its chair is" : "their chairs are")} happy to chair.");
        return warnings;

        void Add(BreakoutWarningKind kind, Func<BreakoutGroupPlan, bool> applies, Func<string, bool, string> message)
        {
            var numbers = groups.Where(applies).Select(g => g.Number).Order().ToList();
            if (numbers.Count > 0)
            {
                warnings.Add(new BreakoutWarning(kind, numbers, message(GroupList(numbers), numbers.Count == 1)));
            }
        }
    }

    // "Group 3", "Groups 3 and 4", "Groups 3, 4 and 7".
    public static string GroupList(IReadOnlyList<int> numbers) => numbers.Count switch
    {
        0 => "No group",
        1 => $"Group {numbers[0]}",
        _ => $"Groups {string.Join(", ", numbers.Take(numbers.Count - 1))} and {numbers[^1]}",
    };

    private static string Has(bool one) => one ? "has" : "have";

    private static string PeopleWord(int count) => count == 1 ? "person" : "people";

    // Why a gap could not be filled, when it could not: "(there are 6 people with lived experience for 8 groups)".
    private static string Scarce(int have, int groups, string there) => have >= groups ? "" : $" (there {there} for {groups} groups)";

    private static int FewestGroupsFor(int people, List<Forming> groups)
    {
        var count = 0;
        for (var room = 0; room < people && count < groups.Count; count++)
        {
            room += groups[count].Size;
        }

        return count;
    }

    private static void Deal(IEnumerable<BreakoutPerson> people, List<Forming> groups, Waiting waiting)
    {
        foreach (var person in people.OrderBy(Rank))
        {
            waiting.Remove(person);
            Forming? best = null;
            Fit bestFit = default;
            foreach (var group in groups.Where(g => g.Free > 0))
            {
                var fit = group.FitFor(person, waiting);
                if (best is null || fit.CompareTo(bestFit) < 0)
                {
                    (best, bestFit) = (group, fit);
                }
            }

            best!.Add(person);
        }
    }

    // The order people are placed in. OrderBy is stable, so within a rank the planner's order holds.
    private static int Rank(BreakoutPerson p) => p switch
    {
        { CanChair: true } => 0,
        { LivedExperience: true } => 1,
        { Staff: true } => 2,
        { FamilyOrCarer: true } => 3,
        _ => 4,
    };

    private enum Category
    {
        Lived = 0,
        Staff = 1,
        Family = 2,
        Other = 3,
    }

    private static Category CategoryOf(BreakoutPerson p) =>
        p.LivedExperience ? Category.Lived : p.Staff ? Category.Staff : p.FamilyOrCarer ? Category.Family : Category.Other;

    // How well a group suits a person; lower is better, compared field by field.
    private readonly record struct Fit(int Blocked, int GapsLeft, int AlikeByKind, int AlikeByIdentity, int LessRoom, int Number) : IComparable<Fit>
    {
        public int CompareTo(Fit other) =>
            (Blocked, GapsLeft, AlikeByKind, AlikeByIdentity, LessRoom, Number)
                .CompareTo((other.Blocked, other.GapsLeft, other.AlikeByKind, other.AlikeByIdentity, other.LessRoom, other.Number));
    }

    // Those not yet placed who could fill a gap: a group lacking one keeps a place for them.
    private sealed class Waiting(List<BreakoutPerson> everyone)
    {
        public int Chairs { get; private set; } = everyone.Count(p => p.CanChair);

        public int Lived { get; private set; } = everyone.Count(p => p.LivedExperience);

        public int Staff { get; private set; } = everyone.Count(p => p.Staff);

        public void Remove(BreakoutPerson p)
        {
            Chairs -= p.CanChair ? 1 : 0;
            Lived -= p.LivedExperience ? 1 : 0;
            Staff -= p.Staff ? 1 : 0;
        }
    }

    private sealed class Forming(int number, int size)
    {
        private readonly int[] byCategory = new int[4];
        private readonly Dictionary<string, int> byIdentity = new(StringComparer.Ordinal);
        private int chairs;
        private int lived;
        private int staff;

        public int Number => number;

        public int Size => size;

        public List<BreakoutPerson> Members { get; } = [];

        public int Free => size - Members.Count;

        public Fit FitFor(BreakoutPerson p, Waiting waiting)
        {
            var fills = (p.CanChair && chairs == 0 ? 1 : 0) + (p.LivedExperience && lived == 0 ? 1 : 0) + (p.Staff && staff == 0 ? 1 : 0);
            var kept = (!p.CanChair && chairs == 0 && waiting.Chairs > 0 ? 1 : 0) +
                       (!p.LivedExperience && lived == 0 && waiting.Lived > 0 ? 1 : 0) +
                       (!p.Staff && staff == 0 && waiting.Staff > 0 ? 1 : 0);
            var alike = p.Identity is null ? 0 : byIdentity.GetValueOrDefault(p.Identity);
            return new Fit(Free - kept >= 1 ? 0 : 1, -fills, byCategory[(int)CategoryOf(p)], alike, -Free, number);
        }

        public void Add(BreakoutPerson p)
        {
            Members.Add(p);
            byCategory[(int)CategoryOf(p)]++;
            chairs += p.CanChair ? 1 : 0;
            lived += p.LivedExperience ? 1 : 0;
            staff += p.Staff ? 1 : 0;
            if (p.Identity is not null)
            {
                byIdentity[p.Identity] = byIdentity.GetValueOrDefault(p.Identity) + 1;
            }
        }
    }
}
