using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Roundtable.Web.TagHelpers;

// A field as the page shows it: its name and id as ASP.NET's own helpers derive them, the value
// (what the person typed, when the form came back with errors) and the error to show against it.
internal sealed record FieldState(string Name, string Id, string Value, bool HasError, string? ErrorMessage)
{
    public static FieldState Read(ViewContext viewContext, ModelExpression expression, IHtmlGenerator generator)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var id = TagBuilder.CreateSanitizedId(name, generator.IdAttributeDotReplacement);
        viewContext.ModelState.TryGetValue(name, out var entry);
        var value = entry?.AttemptedValue
            ?? generator.FormatValue(expression.Model, expression.Metadata.EditFormatString)
            ?? string.Empty;
        return new FieldState(
            name,
            id,
            value,
            HasError: entry is { Errors.Count: > 0 },
            ErrorMessage: entry is null ? null : FirstMessage(entry.Errors));
    }

    // An error raised from an exception has no message: the field is still marked as in error,
    // but there is nothing to say, so the first error that has words is the one shown.
    public static string? FirstMessage(ModelErrorCollection errors) =>
        errors.Select(error => error.ErrorMessage).FirstOrDefault(message => !string.IsNullOrEmpty(message));
}
