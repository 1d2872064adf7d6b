using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Roundtable.Web.TagHelpers;

// ModelState's own order is the order entries were created: a field that posted nothing (an
// unanswered radio group) only gets its entry when validation fails, after every field that did.
// Like ASP.NET's validation summary, follow the order the model declares its properties instead,
// which is the order of the form; errors for the whole form come first, anything else last.
internal static class ModelStateOrder
{
    public static IReadOnlyList<KeyValuePair<string, ModelStateEntry>> InFormOrder(ModelStateDictionary modelState, ModelMetadata metadata)
    {
        var ordered = new List<KeyValuePair<string, ModelStateEntry>>();
        if (modelState.TryGetValue(string.Empty, out var formEntry))
        {
            ordered.Add(new(string.Empty, formEntry));
        }

        AddProperties(modelState, metadata, string.Empty, ordered);
        var keys = ordered.Select(entry => entry.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in modelState)
        {
            if (!keys.Contains(entry.Key))
            {
                ordered.Add(entry);
            }
        }

        return ordered;
    }

    private static void AddProperties(
        ModelStateDictionary modelState, ModelMetadata metadata, string prefix, List<KeyValuePair<string, ModelStateEntry>> ordered)
    {
        foreach (var property in metadata.Properties)
        {
            var key = ModelNames.CreatePropertyModelName(prefix, property.PropertyName);
            if (modelState.TryGetValue(key, out var entry))
            {
                ordered.Add(new(key, entry));
            }

            // Only descend where ModelState has entries, so a page model's framework properties
            // (HttpContext and the like) are never walked.
            if (property.IsComplexType && !property.IsEnumerableType
                && modelState.FindKeysWithPrefix(key).Any(child => child.Key.Length > key.Length))
            {
                AddProperties(modelState, property, key, ordered);
            }
        }
    }
}
