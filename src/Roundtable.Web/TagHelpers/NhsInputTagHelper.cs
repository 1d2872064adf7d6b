using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

[HtmlTargetElement("nhs-input")]
public sealed class NhsInputTagHelper(IHtmlGenerator generator) : TextFieldTagHelper(generator)
{
    private static readonly int[] Widths = [2, 3, 4, 5, 10, 20, 30];

    public string Type { get; set; } = "text";

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    public int? Width { get; set; }

    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    public bool Code { get; set; }

    private protected override TagBuilder CreateControl(FieldState field, string? describedBy)
    {
        var input = NhsMarkup.Element("input", InputClasses(field));
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = field.Name;
        input.Attributes["type"] = Type;
        if (field.Value.Length > 0)
        {
            input.Attributes["value"] = field.Value;
        }

        AddSharedAttributes(input, describedBy);
        if (!string.IsNullOrEmpty(InputMode))
        {
            input.Attributes["inputmode"] = InputMode;
        }

        if (MaxLength is { } maxLength)
        {
            input.Attributes["maxlength"] = maxLength.ToString(CultureInfo.InvariantCulture);
        }

        return input;
    }

    private string InputClasses(FieldState field)
    {
        var classes = new List<string> { "nhsuk-input" };
        if (Code)
        {
            classes.Add("nhsuk-input--code");
        }

        if (field.HasError)
        {
            classes.Add("nhsuk-input--error");
        }

        if (Width is { } width)
        {
            if (!Widths.Contains(width))
            {
                throw new InvalidOperationException(
                    $"nhs-input width {width} is not one of the NHS.UK input widths ({string.Join(", ", Widths)}).");
            }

            classes.Add($"nhsuk-input--width-{width}");
        }

        return string.Join(' ', classes);
    }
}
