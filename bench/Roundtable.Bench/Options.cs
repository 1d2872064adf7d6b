using System.Globalization;

namespace Roundtable.Bench;

// "--name value" pairs from the command line.
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var each = args.GetEnumerator();
        while (each.MoveNext())
        {
            var name = each.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !each.MoveNext())
            {
                throw new ArgumentException($"expected --name value, found {name}");
            }

            values[name[2..]] = each.Current;
        }

        return new Options(values);
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is needed");

    public int Number(string name, int? fallback = null) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture)
            : fallback ?? throw new ArgumentException($"--{name} is needed");
}
