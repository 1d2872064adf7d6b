using System.Diagnostics;
using System.Globalization;
using Roundtable.Core.Sessions;

// In-process measurements that need no web server: how long Roundtable's own algorithms take.
// scripts/bench runs this after the page measurements. Prints one line per measurement:
// name, median and 95th percentile in milliseconds over the rounds.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;

Measure("breakouts: propose groups of 6-8 for 60 people", () => BreakoutPlanner.Propose(People(60)), rounds);
Measure("breakouts: propose groups of 6-8 for 300 people", () => BreakoutPlanner.Propose(People(300)), rounds / 10);

static void Measure(string name, Func<BreakoutPlan> run, int rounds)
{
    // Warm up so the JIT has compiled the planner before it is timed.
    for (var i = 0; i < 50; i++)
    {
        run();
    }

    var times = new double[rounds];
    var groups = 0;
    for (var i = 0; i < rounds; i++)
    {
        var started = Stopwatch.GetTimestamp();
        groups += run().Groups.Count;
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: median {times[rounds / 2]:0.000} ms, p95 {times[(int)(rounds * 0.95)]:0.000} ms ({rounds} rounds, {groups / rounds} groups)"));
}

// A community like the demo's: a mix of lived experts, staff, families and carers, a few who
// asked for a quiet space and two facilitators. Ids are fixed so every round plans the same people.
static List<BreakoutPerson> People(int count) =>
    Enumerable.Range(1, count).Select(i => new BreakoutPerson(
        new Guid(i, 0, 0, new byte[8]),
        $"Person {i:000}",
        LivedExperience: i % 3 == 0,
        Staff: i % 3 != 0 && i % 5 != 0,
        FamilyOrCarer: i % 5 == 0,
        WantsQuietSpace: i % 11 == 0,
        CanChair: i % 25 == 0,
        Identity: (i % 7).ToString(CultureInfo.InvariantCulture))).ToList();
