using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Roundtable.Web.Pages.Shared;

// The checks our forms share, with messages in the NHS.UK style. Each returns the cleaned
// value, or null after recording what is wrong against the field.
public static class FormRules
{
    public static string? Required(this ModelStateDictionary state, string key, string? value, string whenEmpty, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            state.AddModelError(key, whenEmpty);
            return null;
        }

        return state.WithinLength(key, trimmed, what, maxLength);
    }

    public static string? Optional(this ModelStateDictionary state, string key, string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : state.WithinLength(key, trimmed, what, maxLength);
    }

    private static string? WithinLength(this ModelStateDictionary state, string key, string value, string what, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        state.AddModelError(key, $"{what} must be {maxLength} characters or fewer (you have {value.Length})");
        return null;
    }
}
