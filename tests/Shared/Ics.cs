using System.Globalization;
using System.Text;

namespace Roundtable.Tests.Shared;

// Shared by the unit and integration tests (each project links this file). A small, strict reader of what our calendar files hold (RFC 5545), so tests check what a
// calendar app would read rather than the text we wrote. Strict on purpose: a line not ended by
// CRLF, longer than 75 octets or not whole UTF-8, or a TEXT value with a bare ; or , fails the test.
public static class Ics
{
    public const int MaxOctets = 75;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IcsComponent Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    public static IcsComponent Parse(byte[] bytes)
    {
        var stack = new Stack<IcsComponent>();
        IcsComponent? root = null;
        foreach (var line in Unfold(bytes))
        {
            var property = ParseLine(line);
            switch (property.Name)
            {
                case "BEGIN":
                    var component = new IcsComponent(property.Value);
                    if (stack.TryPeek(out var parent))
                    {
                        parent.Components.Add(component);
                    }
                    else if (root is null)
                    {
                        root = component;
                    }
                    else
                    {
                        throw new FormatException("More than one top-level component.");
                    }

                    stack.Push(component);
                    break;
                case "END":
                    if (!stack.TryPop(out var ended) || ended.Name != property.Value)
                    {
                        throw new FormatException($"END:{property.Value} does not close what was begun.");
                    }

                    break;
                default:
                    if (!stack.TryPeek(out var owner))
                    {
                        throw new FormatException($"{property.Name} is outside any component.");
                    }

                    owner.Properties.Add(property);
                    break;
            }
        }

        if (root is null || stack.Count > 0)
        {
            throw new FormatException("The calendar is not closed.");
        }

        return root;
    }

    // The lines as written, before unfolding: each must end with CRLF, hold whole UTF-8
    // characters and be 75 octets at most.
    public static IReadOnlyList<byte[]> PhysicalLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                throw new FormatException($"A line feed without a carriage return at octet {i}.");
            }

            if (bytes[i] != '\r')
            {
                continue;
            }

            if (i + 1 >= bytes.Length || bytes[i + 1] != '\n')
            {
                throw new FormatException($"A carriage return without a line feed at octet {i}.");
            }

            var line = bytes[start..i];
            if (line.Length > MaxOctets)
            {
                throw new FormatException($"A line of {line.Length} octets: {Encoding.UTF8.GetString(line)}");
            }

            // Throws if the fold split a character.
            StrictUtf8.GetString(line);
            lines.Add(line);
            start = i + 2;
            i++;
        }

        if (start != bytes.Length)
        {
            throw new FormatException("The last line does not end with CRLF.");
        }

        return lines;
    }

    // A line that starts with a space or a tab continues the one before (§3.1).
    public static IReadOnlyList<string> Unfold(byte[] bytes)
    {
        var logical = new List<List<byte>>();
        foreach (var line in PhysicalLines(bytes))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                if (logical.Count == 0)
                {
                    throw new FormatException("The first line is a continuation.");
                }

                logical[^1].AddRange(line[1..]);
            }
            else
            {
                logical.Add([.. line]);
            }
        }

        return logical.Select(line => StrictUtf8.GetString([.. line])).ToList();
    }

    // name *(";" param "=" value *("," value)) ":" value, where a quoted parameter value may hold ; : and ,.
    public static IcsProperty ParseLine(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] != ';' && line[i] != ':')
        {
            i++;
        }

        var name = line[..i].ToUpperInvariant();
        if (name.Length == 0 || i == line.Length)
        {
            throw new FormatException($"Not a content line: {line}");
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (line[i] == ';')
        {
            var equals = line.IndexOf('=', i);
            if (equals < 0)
            {
                throw new FormatException($"A parameter without a value: {line}");
            }

            var parameter = line[(i + 1)..equals];
            i = equals + 1;
            var values = new List<string>();
            while (true)
            {
                if (i < line.Length && line[i] == '"')
                {
                    var close = line.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"An unclosed quote: {line}");
                    }

                    values.Add(line[(i + 1)..close]);
                    i = close + 1;
                }
                else
                {
                    var end = i;
                    while (end < line.Length && line[end] is not (';' or ':' or ','))
                    {
                        end++;
                    }

                    values.Add(line[i..end]);
                    i = end;
                }

                if (i >= line.Length)
                {
                    throw new FormatException($"A line with no value: {line}");
                }

                if (line[i] != ',')
                {
                    break;
                }

                i++;
            }

            parameters[parameter] = string.Join(',', values);
        }

        return new IcsProperty(name, parameters, line[(i + 1)..]);
    }

    // TEXT (§3.3.11): \\ \; \, and \n (or \N) are the only escapes, ; and , never appear bare, and
    // no control character but a tab appears at all.
    public static string UnescapeText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is ';' or ',')
            {
                throw new FormatException($"An unescaped '{c}' in TEXT: {value}");
            }

            if (c is < ' ' and not '\t' || c == '\u007F')
            {
                throw new FormatException($"A control character (U+{(int)c:X4}) in TEXT: {value}");
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= value.Length)
            {
                throw new FormatException($"A backslash at the end of TEXT: {value}");
            }

            text.Append(value[i] switch
            {
                '\\' => '\\',
                ';' => ';',
                ',' => ',',
                'n' or 'N' => '\n',
                _ => throw new FormatException($"An unknown escape \\{value[i]} in TEXT: {value}"),
            });
        }

        return text.ToString();
    }

    public static DateTime ParseLocal(string value) =>
        DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTimeOffset ParseUtc(string value) =>
        DateTimeOffset.ParseExact(value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static TimeSpan ParseOffset(string value)
    {
        var sign = value[0] switch
        {
            '+' => 1,
            '-' => -1,
            _ => throw new FormatException($"Not a UTC offset: {value}"),
        };
        var hours = int.Parse(value[1..3], CultureInfo.InvariantCulture);
        var minutes = int.Parse(value[3..5], CultureInfo.InvariantCulture);
        return sign * new TimeSpan(hours, minutes, 0);
    }
}

public sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string Text => Ics.UnescapeText(Value);

    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}

public sealed class IcsComponent(string name)
{
    public string Name { get; } = name;

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Components { get; } = [];

    public IReadOnlyList<IcsComponent> Events => All("VEVENT");

    public IReadOnlyList<IcsComponent> All(string name) => Components.Where(c => c.Name == name).ToList();

    public IcsProperty? Find(string name) => Properties.SingleOrDefault(p => p.Name == name);

    public IcsProperty Property(string name) => Find(name) ?? throw new InvalidOperationException($"{Name} has no {name}.");

    public string Value(string name) => Property(name).Value;

    public string Text(string name) => Property(name).Text;

    public IcsComponent Event(string uid) => Events.Single(e => e.Value("UID") == uid);
}

// A VTIMEZONE read back, with just enough of RRULE (FREQ=YEARLY;BYMONTH=m;BYDAY=±nDD) to find
// the offset in force at a local time, as a calendar app does. Each observance's DTSTART must be
// a change its RRULE gives: one that is not is a change the rule does not describe.
public sealed class IcsTimeZone
{
    private static readonly Dictionary<string, DayOfWeek> Days = new()
    {
        ["SU"] = DayOfWeek.Sunday, ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday,
        ["TH"] = DayOfWeek.Thursday, ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday,
    };

    public IcsTimeZone(IcsComponent zone)
    {
        Id = zone.Value("TZID");
        Observances = zone.Components.Select(Read).ToList();
    }

    public sealed record Observance(string Kind, string Name, TimeSpan From, TimeSpan To, DateTime Start, int Month, int Week, DayOfWeek Day)
    {
        // When the clocks change in a year, as the local time just before the change.
        public DateTime OnsetIn(int year)
        {
            DateTime date;
            if (Week > 0)
            {
                date = new DateTime(year, Month, 1);
                date = date.AddDays(((int)Day - (int)date.DayOfWeek + 7) % 7 + 7 * (Week - 1));
            }
            else
            {
                date = new DateTime(year, Month, DateTime.DaysInMonth(year, Month));
                date = date.AddDays(-(((int)date.DayOfWeek - (int)Day + 7) % 7) - 7 * (-Week - 1));
            }

            return date + Start.TimeOfDay;
        }

        public DateTimeOffset OnsetUtcIn(int year) => new(OnsetIn(year) - From, TimeSpan.Zero);
    }

    public string Id { get; }

    public IReadOnlyList<Observance> Observances { get; }

    public TimeSpan OffsetAt(DateTime local)
    {
        var latest = Observances
            .SelectMany(o => new[] { local.Year - 1, local.Year }.Select(year => (Observance: o, Onset: o.OnsetIn(year))))
            .Where(x => x.Onset >= x.Observance.Start && x.Onset <= local)
            .MaxBy(x => x.Onset);
        return latest.Observance?.To ?? throw new InvalidOperationException($"No observance of {Id} covers {local}.");
    }

    public DateTimeOffset ToUtc(DateTime local) => new DateTimeOffset(local - OffsetAt(local), TimeSpan.Zero);

    private static Observance Read(IcsComponent observance)
    {
        var rule = observance.Value("RRULE").Split(';').Select(part => part.Split('=')).ToDictionary(p => p[0], p => p[1]);
        if (rule.Keys.Except(["FREQ", "BYMONTH", "BYDAY"]).Any() || rule["FREQ"] != "YEARLY")
        {
            throw new FormatException($"An RRULE this reader does not follow: {observance.Value("RRULE")}");
        }

        var byDay = rule["BYDAY"];
        var read = new Observance(
            observance.Name,
            observance.Value("TZNAME"),
            Ics.ParseOffset(observance.Value("TZOFFSETFROM")),
            Ics.ParseOffset(observance.Value("TZOFFSETTO")),
            Ics.ParseLocal(observance.Value("DTSTART")),
            int.Parse(rule["BYMONTH"], CultureInfo.InvariantCulture),
            int.Parse(byDay[..^2], CultureInfo.InvariantCulture),
            Days[byDay[^2..]]);
        return read.OnsetIn(read.Start.Year) == read.Start
            ? read
            : throw new FormatException($"{observance.Name} starts at {read.Start:s}, which its RRULE does not give.");
    }
}
