using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// One choice of an <nhs-select>. Data: data-* attributes for a page's script (name without the
// "data-" prefix).
public sealed record SelectOption(string Value, string Label, IReadOnlyDictionary<string, string>? Data = null);

// A select as nhsuk-frontend's select template renders it: label, hint, error message, then the
// control, with the chosen option (what was sent, when the form came back with errors) selected.
[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper(IHtmlGenerator generator) : TextFieldTagHelper(generator)
{
    public IEnumerable<SelectOption> Options { get; set; } = [];

    private protected override TagBuilder CreateControl(FieldState field, string? describedBy)
    {
        var select = NhsMarkup.Element("select", field.HasError ? "nhsuk-select nhsuk-select--error" : "nhsuk-select");
        select.Attributes["id"] = field.Id;
        select.Attributes["name"] = field.Name;
        AddSharedAttributes(select, describedBy);
        foreach (var choice in Options)
        {
            var option = new TagBuilder("option");
            option.Attributes["value"] = choice.Value;
            if (string.Equals(choice.Value, field.Value, StringComparison.OrdinalIgnoreCase))
            {
                option.Attributes["selected"] = "";
            }

            foreach (var (name, value) in choice.Data ?? new Dictionary<string, string>())
            {
                option.Attributes["data-" + name] = value;
            }

            option.InnerHtml.Append(choice.Label);
            select.InnerHtml.AppendHtml(option);
        }

        return select;
    }
}
