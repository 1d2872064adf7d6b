using System.Globalization;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

// How a scaling question was answered: how many chose each number from 1 to 10 (Counts[0] is 1),
// the median, and the median "good enough" mark when the question asked for one.
public sealed record ScaleSummary(IReadOnlyList<int> Counts, int Answers, decimal? Median, decimal? GoodEnough, int GoodEnoughAnswers)
{
    public static ScaleSummary Of(IEnumerable<int> scales, IEnumerable<int> goodEnough)
    {
        var answers = scales.Where(OnScale).ToList();
        var marks = goodEnough.Where(OnScale).ToList();
        var counts = Enumerable.Range(ContributionRules.LowestScale, ContributionRules.HighestScale)
            .Select(n => answers.Count(a => a == n)).ToList();
        return new ScaleSummary(counts, answers.Count, MedianOf(answers), MedianOf(marks), marks.Count);
    }

    // The middle answer, or halfway between the two middle ones; none when nobody answered.
    public static decimal? MedianOf(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    private static bool OnScale(int value) => value is >= ContributionRules.LowestScale and <= ContributionRules.HighestScale;
}

public sealed record WordCount(string Word, int Count);

// Closing words counted for a word list sized by frequency: "Hopeful", "hopeful." and " HOPEFUL"
// are one word. Most said first, then alphabetically.
public static class ClosingWords
{
    public static IReadOnlyList<WordCount> Count(IEnumerable<string?> words) =>
        words.Select(Normalise).OfType<string>()
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => new WordCount(g.Key, g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .ToList();

    public static string? Normalise(string? word)
    {
        var trimmed = word?.Trim().Trim(['.', ',', '!', '?', ';', ':', '"', '\'', '(', ')']).Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
    }
}

// Reactions added up over several contributions: the seed's "38 reactions" on one question.
public sealed record ReactionTally(int Agree, int ThankYou, int Heart, int Lightbulb, int Question)
{
    public int Total => Agree + ThankYou + Heart + Lightbulb + Question;

    public static ReactionTally Of(IEnumerable<ReactionKind> kinds)
    {
        var counts = ReactionCounts.Of(Guid.Empty, kinds);
        return new ReactionTally(counts.Agree, counts.ThankYou, counts.Heart, counts.Lightbulb, counts.Question);
    }

    public static ReactionTally Of(ReactionCounts counts) => new(counts.Agree, counts.ThankYou, counts.Heart, counts.Lightbulb, counts.Question);

    public static ReactionTally Sum(IEnumerable<ReactionTally> tallies) =>
        tallies.Aggregate(new ReactionTally(0, 0, 0, 0, 0), (sum, t) => new ReactionTally(
            sum.Agree + t.Agree, sum.ThankYou + t.ThankYou, sum.Heart + t.Heart, sum.Lightbulb + t.Lightbulb, sum.Question + t.Question));
}
