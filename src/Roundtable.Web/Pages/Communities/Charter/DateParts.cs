using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Roundtable.Web.Pages.Communities.Charter;

// A date typed as day, month and year (the NHS.UK date input), checked as GOV.UK's date
// pattern asks: say which part is missing or wrong, against the first box that needs fixing.
public sealed class DateParts
{
    public const string Day = nameof(Day);
    public const string Month = nameof(Month);
    public const string Year = nameof(Year);

    private readonly HashSet<string> wrong = [];

    public string? Error { get; private set; }

    public bool IsWrong(string part) => wrong.Contains(part);

    // keyPrefix is the model name of the object holding Day, Month and Year ("Add").
    public DateOnly? Read(ModelStateDictionary state, string keyPrefix, string? day, string? month, string? year, string whenEmpty)
    {
        var parts = new (string Part, string? Text)[] { (Day, day?.Trim()), (Month, month?.Trim()), (Year, year?.Trim()) };
        var missing = parts.Where(p => string.IsNullOrEmpty(p.Text)).Select(p => p.Part).ToList();
        if (missing.Count == parts.Length)
        {
            return Fail(state, keyPrefix, whenEmpty, missing);
        }

        if (missing.Count > 0)
        {
            return Fail(state, keyPrefix, $"The date must include a {string.Join(" and ", missing.Select(p => p.ToLowerInvariant()))}", missing);
        }

        var numbers = parts.Select(p => int.TryParse(p.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToArray();
        var notNumbers = parts.Where((_, i) => numbers[i] is null).Select(p => p.Part).ToList();
        if (notNumbers.Count > 0)
        {
            return Fail(state, keyPrefix, "The date must be a real date, written in numbers", notNumbers);
        }

        var (d, m, y) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value);
        if (parts[2].Text!.Length != 4)
        {
            return Fail(state, keyPrefix, "The year must include 4 numbers", [Year]);
        }

        if (y is < 2000 or > 2100)
        {
            return Fail(state, keyPrefix, "The year must be between 2000 and 2100", [Year]);
        }

        if (m is < 1 or > 12)
        {
            return Fail(state, keyPrefix, "The date must be a real date: the month must be between 1 and 12", [Month]);
        }

        if (d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return Fail(state, keyPrefix, "The date must be a real date", [Day]);
        }

        return new DateOnly(y, m, d);
    }

    private DateOnly? Fail(ModelStateDictionary state, string keyPrefix, string message, List<string> parts)
    {
        wrong.UnionWith(parts);
        Error = message;
        // Against the first box in error, so the error summary's link lands there.
        state.AddModelError($"{keyPrefix}.{parts[0]}", message);
        return null;
    }
}
