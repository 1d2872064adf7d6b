using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

[HtmlTargetElement("nhs-radios")]
[RestrictChildren("nhs-radio")]
public sealed class NhsRadiosTagHelper(IHtmlGenerator generator) : FormFieldTagHelper(generator)
{
    public string Legend { get; set; } = string.Empty;

    public string? LegendClass { get; set; }

    public bool LegendIsPageHeading { get; set; }

    public bool Inline { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var options = new List<NhsRadioTagHelper>();
        context.Items[typeof(NhsRadioTagHelper)] = options;
        await output.GetChildContentAsync();

        var field = ReadField();
        var messages = FieldMessages.For(field, Hint);
        var fieldset = NhsMarkup.Element("fieldset", "nhsuk-fieldset");
        if (messages.DescribedBy is not null)
        {
            fieldset.Attributes["aria-describedby"] = messages.DescribedBy;
        }

        fieldset.InnerHtml
            .AppendHtml(NhsMarkup.Legend(Legend, LegendClass, LegendIsPageHeading))
            .AppendHtml(messages.Html)
            .AppendHtml(NhsMarkup.Choices(ChoiceStyle.Radio, Items(field, options), Inline ? "nhsuk-radios--inline" : null));
        RenderFormGroup(output, field, fieldset);
    }

    private static IEnumerable<IHtmlContent> Items(FieldState field, List<NhsRadioTagHelper> options) =>
        options.Select((option, index) => NhsMarkup.ChoiceItem(
            ChoiceStyle.Radio,
            new ChoiceItem(
                // The first radio takes the field's own id, so the error summary's link to the field lands on it.
                index == 0 ? field.Id : $"{field.Id}-{index + 1}",
                field.Name,
                option.Value,
                option.Label,
                option.Hint,
                string.Equals(option.Value, field.Value, StringComparison.Ordinal)),
            describedBy: null));
}
