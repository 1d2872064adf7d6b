using System.Globalization;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// A scaling question's answers drawn as a histogram: one column for each number from 1 to 10, a
// line at the median and another at the median "good enough" mark, each labelled in words.
public sealed record ScaleChart(ScaleSummary Summary)
{
    public const int Width = 640;
    public const int Height = 300;
    public const int Left = 40;
    public const int Right = 16;
    public const int Top = 48;
    public const int Bottom = 40;

    public sealed record Column(int Number, int Count, double X, double Y, double ColumnWidth, double ColumnHeight, double Middle);

    public double Baseline => Height - Bottom;

    private int Highest => Math.Max(1, Summary.Counts.Max());

    private static double Slot => (Width - Left - Right) / 10.0;

    public IEnumerable<Column> Columns => Summary.Counts.Select((count, i) =>
    {
        var height = (Baseline - Top) * count / Highest;
        var x = Left + (i * Slot) + 4;
        return new Column(i + 1, count, x, Baseline - height, Slot - 8, height, Left + ((i + 0.5) * Slot));
    });

    // Where a value from 1 to 10 (a median may be halfway) sits along the columns.
    public static double XOf(decimal value) => Left + (((double)value - 0.5) * Slot);

    public string Description => Summary.Answers == 0
        ? "Nobody has answered yet."
        : $"{People(Summary.Answers)} answered. The median is {RoomPages.Scale(Summary.Median)}."
          + (Summary.GoodEnough is { } enough ? $" The median \"good enough\" mark is {RoomPages.Scale(enough)}, from {People(Summary.GoodEnoughAnswers)}." : "");

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";
}

// Closing words sized by how many people said them: five sizes, the largest for the most said.
public static class WordSizes
{
    public static int SizeOf(WordCount word, IReadOnlyList<WordCount> words)
    {
        var most = words.Max(w => w.Count);
        return most <= 1 ? 1 : 1 + (int)Math.Round(4.0 * (word.Count - 1) / (most - 1));
    }
}
