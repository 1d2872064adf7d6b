using System.Diagnostics;
using System.Globalization;
using Roundtable.Core.Breakouts;

namespace Roundtable.Bench;

// In-process measurements that need no web server: how long Roundtable's own algorithms take.
// Prints one line per measurement: name, median and 95th percentile in milliseconds over the rounds.
public static class Algorithms
{
    public static void Run(int rounds)
    {
        Measure("breakouts: propose groups of 6-8 for 60 people", () => BreakoutPlanner.Propose(People(60)), rounds);
        Measure("breakouts: propose groups of 6-8 for 300 people", () => BreakoutPlanner.Propose(People(300)), rounds / 10);
    }

    private static void Measure(string name, Func<BreakoutPlan> run, int rounds)
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
    private static List<BreakoutPerson> People(int count) =>
        Enumerable.Range(1, count).Select(i => new BreakoutPerson(
            new Guid(i, 0, 0, new byte[8]),
            $"Person {i:000}",
            LivedExperience: i % 3 == 0,
            Staff: i % 3 != 0 && i % 5 != 0,
            FamilyOrCarer: i % 5 == 0,
            WantsQuietSpace: i % 11 == 0,
            CanChair: i % 25 == 0,
            Identity: (i % 7).ToString(CultureInfo.InvariantCulture))).ToList();
}
