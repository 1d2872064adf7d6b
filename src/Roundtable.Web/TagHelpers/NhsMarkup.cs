using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Roundtable.Web.TagHelpers;

// The pieces of NHS.UK markup that several components share, shaped as nhsuk-frontend's
// label, legend, hint, error-message, radios and checkboxes templates render them.
internal static class NhsMarkup
{
    public static IHtmlContent Label(string forId, string text, string? cssClass, bool isPageHeading)
    {
        var label = Element("label", "nhsuk-label", cssClass);
        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text);
        if (!isPageHeading)
        {
            return label;
        }

        var heading = Element("h1", "nhsuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static IHtmlContent Legend(string text, string? cssClass, bool isPageHeading)
    {
        var legend = Element("legend", "nhsuk-fieldset__legend", cssClass);
        if (isPageHeading)
        {
            var heading = Element("h1", "nhsuk-fieldset__heading");
            heading.InnerHtml.Append(text);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(text);
        }

        return legend;
    }

    public static IHtmlContent Hint(string id, string text, string? cssClass = null)
    {
        var hint = Element("div", "nhsuk-hint", cssClass);
        hint.Attributes["id"] = id;
        hint.InnerHtml.Append(text);
        return hint;
    }

    public static IHtmlContent ErrorMessage(string id, string message)
    {
        var visuallyHidden = Element("span", "nhsuk-u-visually-hidden");
        visuallyHidden.InnerHtml.Append("Error: ");

        var error = Element("span", "nhsuk-error-message");
        error.Attributes["id"] = id;
        error.InnerHtml.AppendHtml(visuallyHidden);
        error.InnerHtml.Append(message);
        return error;
    }

    public static TagBuilder Choices(ChoiceStyle style, IEnumerable<IHtmlContent> items, string? cssClass = null)
    {
        var choices = Element("div", style.Block, cssClass);
        choices.Attributes["data-module"] = style.Block;
        foreach (var item in items)
        {
            choices.InnerHtml.AppendHtml(item);
        }

        return choices;
    }

    public static IHtmlContent ChoiceItem(ChoiceStyle style, ChoiceItem item, string? describedBy)
    {
        var hintId = item.Id + "-item-hint";
        var input = Element("input", style.Block + "__input");
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["id"] = item.Id;
        input.Attributes["name"] = item.Name;
        input.Attributes["type"] = style.InputType;
        input.Attributes["value"] = item.Value;
        if (item.IsChecked)
        {
            input.Attributes["checked"] = null;
        }

        var describedByIds = DescribedBy(describedBy, string.IsNullOrEmpty(item.Hint) ? null : hintId);
        if (describedByIds is not null)
        {
            input.Attributes["aria-describedby"] = describedByIds;
        }

        var wrapper = Element("div", style.Block + "__item");
        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(Label(item.Id, item.Label, style.Block + "__label", isPageHeading: false));
        if (!string.IsNullOrEmpty(item.Hint))
        {
            wrapper.InnerHtml.AppendHtml(Hint(hintId, item.Hint, style.Block + "__hint"));
        }

        return wrapper;
    }

    public static string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrEmpty(id)).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }

    public static TagBuilder Element(string tagName, string cssClass, string? extraCssClass = null)
    {
        var element = new TagBuilder(tagName);
        element.Attributes["class"] = string.IsNullOrWhiteSpace(extraCssClass) ? cssClass : $"{cssClass} {extraCssClass}";
        return element;
    }
}
