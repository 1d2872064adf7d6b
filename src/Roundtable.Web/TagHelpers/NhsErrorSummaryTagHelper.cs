using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// Lists the errors in ModelState, in the form's order, each linking to its field. A field shows
// only its first error, so the summary does too; errors not tied to a field (an empty key) are all
// listed, as plain text, because they appear nowhere else.
[HtmlTargetElement("nhs-error-summary")]
public sealed class NhsErrorSummaryTagHelper(IHtmlGenerator generator) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var items = ErrorItems().ToList();
        if (items.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = NhsMarkup.Element("ul", "nhsuk-list nhsuk-error-summary__list");
        foreach (var item in items)
        {
            list.InnerHtml.AppendHtml(item);
        }

        var heading = NhsMarkup.Element("h2", "nhsuk-error-summary__heading");
        heading.InnerHtml.Append("There is a problem");
        var body = NhsMarkup.Element("div", "nhsuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(heading).AppendHtml(body);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-summary");
        output.Attributes.SetAttribute("data-module", "nhsuk-error-summary");
        output.Content.SetHtmlContent(alert);
    }

    private IEnumerable<IHtmlContent> ErrorItems()
    {
        foreach (var (key, entry) in ModelStateOrder.InFormOrder(ViewContext.ModelState, ViewContext.ViewData.ModelMetadata))
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            if (key.Length == 0)
            {
                foreach (var error in entry.Errors.Where(error => !string.IsNullOrEmpty(error.ErrorMessage)))
                {
                    yield return ListItem(error.ErrorMessage, href: null);
                }
            }
            else if (FieldState.FirstMessage(entry.Errors) is { } message)
            {
                yield return ListItem(message, "#" + TagBuilder.CreateSanitizedId(key, generator.IdAttributeDotReplacement));
            }
        }
    }

    private static TagBuilder ListItem(string message, string? href)
    {
        var item = new TagBuilder("li");
        if (href is null)
        {
            item.InnerHtml.Append(message);
            return item;
        }

        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.InnerHtml.Append(message);
        item.InnerHtml.AppendHtml(link);
        return item;
    }
}
