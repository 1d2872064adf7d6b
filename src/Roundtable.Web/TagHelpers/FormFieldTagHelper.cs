using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// What every NHS.UK form field shares: it is bound to a model property with asp-for, may have a
// hint, and renders inside an nhsuk-form-group that is marked when the field has an error.
public abstract class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    private protected FieldState ReadField() => FieldState.Read(ViewContext, For, generator);

    private protected static void RenderFormGroup(TagHelperOutput output, FieldState field, IHtmlContent content)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("nhsuk-form-group", HtmlEncoder.Default);
        if (field.HasError)
        {
            output.AddClass("nhsuk-form-group--error", HtmlEncoder.Default);
        }

        output.Content.SetHtmlContent(content);
    }
}
