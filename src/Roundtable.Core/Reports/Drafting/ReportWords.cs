using System.Globalization;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Reports.Drafting;

// The small words every drafted report shares, so a briefing and a summary say a thing alike.
public static class ReportWords
{
    private static readonly string[] Ordinals =
    [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
    ];

    private static readonly string[] Cardinals =
    [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    ];

    // "Second"; past twenty, "Session 21" reads better than a long word.
    public static string? Ordinal(int number) => number >= 1 && number <= Ordinals.Length ? Ordinals[number - 1] : null;

    // "Five thematic threads": words up to twelve, figures after, as style guides ask.
    public static string Count(int number) =>
        number >= 0 && number < Cardinals.Length ? Cardinals[number] : number.ToString(CultureInfo.InvariantCulture);

    public static string Figure(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Format(SessionFormat format) => format switch
    {
        SessionFormat.InPerson => "in person",
        SessionFormat.Hybrid => "hybrid",
        _ => "online",
    };

    // "a, b and c".
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };

    public static string Plural(int count, string one, string many) => count == 1 ? one : many;

    // A line that starts with words drafted in the middle of a sentence ("a member linked to …").
    public static string Capitalised(string text) => text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
