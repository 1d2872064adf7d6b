using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

[HtmlTargetElement("nhs-textarea")]
public sealed class NhsTextareaTagHelper(IHtmlGenerator generator) : TextFieldTagHelper(generator)
{
    public int Rows { get; set; } = 5;

    private protected override TagBuilder CreateControl(FieldState field, string? describedBy)
    {
        var textarea = NhsMarkup.Element("textarea", field.HasError ? "nhsuk-textarea nhsuk-textarea--error" : "nhsuk-textarea");
        textarea.Attributes["id"] = field.Id;
        textarea.Attributes["name"] = field.Name;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        AddSharedAttributes(textarea, describedBy);

        // HTML drops one newline straight after <textarea>: write one so a value that starts with a
        // newline keeps it, as ASP.NET's own textarea helper does.
        textarea.InnerHtml.AppendHtml("\n");
        textarea.InnerHtml.Append(field.Value);
        return textarea;
    }
}
