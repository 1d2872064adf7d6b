namespace Roundtable.Core.Charter;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffKind Kind, string Text);

// What changed between two texts, line by line: the lines both share (their longest common
// subsequence) stay, the rest were removed from the first or added in the second. Removed lines
// come before the lines added in their place, as people read a change.
public static class TextDiff
{
    // Beyond this many line pairs, after the shared start and end are set aside, the texts are
    // shown as all removed and all added rather than spending the memory on a table.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(string? before, string? after) =>
        Lines(SplitLines(before), SplitLines(after));

    public static IReadOnlyList<DiffLine> Lines(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var start = 0;
        while (start < before.Count && start < after.Count && before[start] == after[start])
        {
            start++;
        }

        var end = 0;
        while (end < before.Count - start && end < after.Count - start
               && before[before.Count - 1 - end] == after[after.Count - 1 - end])
        {
            end++;
        }

        var result = new List<DiffLine>(before.Count + after.Count);
        for (var i = 0; i < start; i++)
        {
            result.Add(new DiffLine(DiffKind.Same, before[i]));
        }

        var oldMiddle = Slice(before, start, before.Count - start - end);
        var newMiddle = Slice(after, start, after.Count - start - end);
        if ((long)oldMiddle.Length * newMiddle.Length > MaxCells)
        {
            result.AddRange(oldMiddle.Select(line => new DiffLine(DiffKind.Removed, line)));
            result.AddRange(newMiddle.Select(line => new DiffLine(DiffKind.Added, line)));
        }
        else
        {
            AddMiddle(oldMiddle, newMiddle, result);
        }

        for (var i = before.Count - end; i < before.Count; i++)
        {
            result.Add(new DiffLine(DiffKind.Same, before[i]));
        }

        return result;
    }

    public static bool HasChanges(IReadOnlyList<DiffLine> lines) => lines.Any(line => line.Kind != DiffKind.Same);

    // Lines as people see them: \r\n and \n both end a line, and a final line ending adds no line.
    public static IReadOnlyList<string> SplitLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static string[] Slice(IReadOnlyList<string> lines, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = lines[start + i];
        }

        return slice;
    }

    private static void AddMiddle(string[] before, string[] after, List<DiffLine> result)
    {
        // common[i, j]: how many lines before[i..] and after[j..] share.
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var added = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y])
            {
                result.AddRange(added);
                added.Clear();
                result.Add(new DiffLine(DiffKind.Same, before[x]));
                x++;
                y++;
            }
            else if (y < after.Length && (x == before.Length || common[x, y + 1] > common[x + 1, y]))
            {
                added.Add(new DiffLine(DiffKind.Added, after[y]));
                y++;
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Removed, before[x]));
                x++;
            }
        }

        result.AddRange(added);
    }
}
