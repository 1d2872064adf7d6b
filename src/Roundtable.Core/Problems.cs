using System.Collections;
using System.Globalization;
using Roundtable.Core.Sessions;

namespace Roundtable.Core;

// Something wrong with what someone sent, against the field of the use case's input it is about
// (the input property's name, "StartTime"; empty when it is about the whole), in words for them.
public sealed record Problem(string Field, string Message);

// The problems a use case finds in its input, and the checks inputs share, with messages in the
// NHS.UK style. Each check returns the clean value, or null after noting what is wrong. Pages show
// each problem next to its field with what was typed kept, the API answers 400 with an entry per
// field, and the hub refuses the call with the messages: the rule and its words are here, once.
public sealed class Problems : IReadOnlyList<Problem>
{
    private readonly List<Problem> list = [];

    public int Count => list.Count;

    public bool Any => list.Count > 0;

    public Problem this[int index] => list[index];

    public bool About(string field) => list.Exists(p => p.Field == field);

    public void Add(string field, string message) => list.Add(new Problem(field, message));

    public string? Required(string field, string? value, string whenEmpty, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Add(field, whenEmpty);
            return null;
        }

        return WithinLength(field, trimmed, what, maxLength);
    }

    // Trimmed text, or null when it is blank.
    public string? Optional(string field, string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : WithinLength(field, trimmed, what, maxLength);
    }

    // A time as people type it: "14:00", "2pm", "2.30 pm".
    public TimeOnly? Time(string field, string? text, string whenEmpty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, whenEmpty);
            return null;
        }

        if (TypedDates.ParseTime(text) is { } time)
        {
            return time;
        }

        Add(field, "Enter a real time, like 14:00 or 2pm");
        return null;
    }

    public int? InRange(string field, int? value, string whenEmpty, string what, int min, int max)
    {
        if (value is not { } number)
        {
            Add(field, whenEmpty);
            return null;
        }

        if (number < min || number > max)
        {
            Add(field, $"{what} must be between {min} and {max}");
            return null;
        }

        return number;
    }

    // A whole number typed as text, so that what someone typed can come back to them as they typed it.
    public int? WholeNumber(string field, string? text, string whenEmpty, string what, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, whenEmpty);
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Add(field, $"{what} must be a whole number, like {Math.Max(min, Math.Min(max, 2))}");
            return null;
        }

        return InRange(field, number, whenEmpty, what, min, max);
    }

    public T? Chosen<T>(string field, T? value, string whenEmpty)
        where T : struct, Enum
    {
        if (value is { } chosen && Enum.IsDefined(chosen))
        {
            return chosen;
        }

        Add(field, whenEmpty);
        return null;
    }

    // A full web address people can follow: https, or http.
    public string? WebAddress(string field, string? value, string what, int maxLength, string whenNotAnAddress) =>
        Followable(field, Optional(field, value, what, maxLength), whenNotAnAddress);

    public string? RequiredWebAddress(string field, string? value, string whenEmpty, string what, int maxLength, string whenNotAnAddress) =>
        Followable(field, Required(field, value, whenEmpty, what, maxLength), whenNotAnAddress);

    // Any other scheme is named in the message: a javascript: or data: address would run or show
    // something in the reader's browser, and a file: one would point at their own computer.
    private string? Followable(string field, string? address, string whenNotAnAddress)
    {
        if (address is null || (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0))
        {
            return address;
        }

        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 && address[..colon].All(char.IsAsciiLetter) ? address[..colon].ToLowerInvariant() : null;
        Add(field, scheme is null || scheme is "https" or "http"
            ? whenNotAnAddress
            : $"Only web addresses can be used here: start it with https:// or http://, not {scheme}:");
        return null;
    }

    public IEnumerator<Problem> GetEnumerator() => list.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? WithinLength(string field, string value, string what, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        Add(field, $"{what} must be {maxLength} characters or fewer (you have {value.Length})");
        return null;
    }
}
