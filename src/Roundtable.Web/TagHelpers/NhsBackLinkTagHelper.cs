using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// The NHS.UK back link, which sits above <main> so the skip link passes it. Outside <main> it
// needs a landmark of its own, or screen reader users who move by landmark never reach it.
[HtmlTargetElement("nhs-back-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsBackLinkTagHelper : TagHelper
{
    public required string Href { get; set; }

    // Read out after "Back", e.g. "to your account", so the link makes sense on its own.
    public string? To { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("aria-label", "Back");

        var link = new HtmlContentBuilder()
            .AppendHtml("<a class=\"nhsuk-back-link\" href=\"").Append(Href).AppendHtml("\">Back");
        if (!string.IsNullOrWhiteSpace(To))
        {
            link.AppendHtml("<span class=\"nhsuk-u-visually-hidden\"> ").Append(To).AppendHtml("</span>");
        }

        output.Content.SetHtmlContent(link.AppendHtml("</a>"));
    }
}
