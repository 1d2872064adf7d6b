using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// A <button>, or with href a link styled as one, as nhsuk-frontend's button template renders them.
[HtmlTargetElement("nhs-button")]
public sealed class NhsButtonTagHelper : TagHelper
{
    private static readonly string[] Variants = ["secondary", "secondary-solid", "reverse", "warning", "login", "brand"];

    public string? Variant { get; set; }

    public string Type { get; set; } = "submit";

    public string? Name { get; set; }

    public string? Value { get; set; }

    public bool? PreventDoubleClick { get; set; }

    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();

        output.TagName = Href is null ? "button" : "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("nhsuk-button", HtmlEncoder.Default);
        if (Variant is not null)
        {
            if (!Variants.Contains(Variant))
            {
                throw new InvalidOperationException(
                    $"nhs-button variant \"{Variant}\" is not one of the NHS.UK button variants ({string.Join(", ", Variants)}).");
            }

            output.AddClass("nhsuk-button--" + Variant, HtmlEncoder.Default);
        }

        output.Attributes.SetAttribute("data-module", "nhsuk-button");
        if (PreventDoubleClick is { } preventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", preventDoubleClick ? "true" : "false");
        }

        if (Href is null)
        {
            AddButtonAttributes(output);
        }
        else
        {
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }

        output.Content.SetHtmlContent(content);
    }

    private void AddButtonAttributes(TagHelperOutput output)
    {
        if (Name is not null)
        {
            output.Attributes.SetAttribute("name", Name);
        }

        output.Attributes.SetAttribute("type", Type);
        if (Value is not null)
        {
            output.Attributes.SetAttribute("value", Value);
        }
    }
}
