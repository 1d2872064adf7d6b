using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Roundtable.Web.Pages.Communities.Sessions;

// What the session forms read from their boxes before Core judges the rest: each returns the
// value, or null after recording what is wrong against the box. Numbers are bound as text so that
// what someone typed comes back to them as they typed it.
public static class SessionForm
{
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

    // A number typed in a box, for Core to judge: null when the box is empty (Core asks for it),
    // and said against the box when it is not a whole number, which only a form can send.
    public static int? Number(this ModelStateDictionary state, string key, string? text, string what, int example)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        state.AddModelError(key, $"{what} must be a whole number, like {example}");
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
