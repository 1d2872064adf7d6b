using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Checks the session forms share, in the style of FormRules: each returns the value, or null
// after recording what is wrong against the field. Numbers and times are bound as text so that
// what someone typed comes back to them as they typed it.
public static class SessionForm
{
    public static TimeOnly? Time(this ModelStateDictionary state, string key, string? text, string whenEmpty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            state.AddModelError(key, whenEmpty);
            return null;
        }

        if (TypedDates.ParseTime(text) is { } time)
        {
            return time;
        }

        state.AddModelError(key, "Enter a real time, like 14:00 or 2pm");
        return null;
    }

    public static int? WholeNumber(this ModelStateDictionary state, string key, string? text, string whenEmpty, string what, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            state.AddModelError(key, whenEmpty);
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            state.AddModelError(key, $"{what} must be a whole number, like {Math.Max(min, Math.Min(max, 2))}");
            return null;
        }

        if (number < min || number > max)
        {
            state.AddModelError(key, $"{what} must be between {min} and {max}");
            return null;
        }

        return number;
    }

    public static T? Chosen<T>(this ModelStateDictionary state, string key, T? value, string whenEmpty)
        where T : struct, Enum
    {
        if (value is { } chosen && Enum.IsDefined(chosen))
        {
            return chosen;
        }

        state.AddModelError(key, whenEmpty);
        return null;
    }

    // A yes / no / not known radio group, posted as "true", "false" or nothing.
    public static bool? Answer(string? text) => bool.TryParse(text, out var answer) ? answer : null;

    public static string AnswerText(bool? answer) => answer switch
    {
        true => "true",
        false => "false",
        null => "",
    };
}
