using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// A field with a label above it (text input, textarea): label, hint, error message, then the control.
public abstract class TextFieldTagHelper(IHtmlGenerator generator) : FormFieldTagHelper(generator)
{
    public string Label { get; set; } = string.Empty;

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = ReadField();
        var messages = FieldMessages.For(field, Hint);
        var content = new HtmlContentBuilder()
            .AppendHtml(NhsMarkup.Label(field.Id, Label, LabelClass, LabelIsPageHeading))
            .AppendHtml(messages.Html)
            .AppendHtml(CreateControl(field, messages.DescribedBy));
        RenderFormGroup(output, field, content);
    }

    private protected abstract TagBuilder CreateControl(FieldState field, string? describedBy);

    private protected void AddSharedAttributes(TagBuilder control, string? describedBy)
    {
        if (Spellcheck is { } spellcheck)
        {
            control.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (describedBy is not null)
        {
            control.Attributes["aria-describedby"] = describedBy;
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            control.Attributes["autocomplete"] = Autocomplete;
        }
    }
}
