using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// A single yes/no checkbox for a bool. There is deliberately no hidden "false" input: an unticked
// box posts nothing and the bool binds to false.
[HtmlTargetElement("nhs-checkbox")]
public sealed class NhsCheckboxTagHelper(IHtmlGenerator generator) : FormFieldTagHelper(generator)
{
    public string Label { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = ReadField();

        // The hint belongs to the box (under its label), so only the error message goes above the box.
        var messages = FieldMessages.For(field, hint: null);
        var isChecked = bool.TryParse(field.Value, out var value) && value;
        var item = new ChoiceItem(field.Id, field.Name, "true", Label, Hint, isChecked);
        var checkboxes = NhsMarkup.Choices(ChoiceStyle.Checkbox, [NhsMarkup.ChoiceItem(ChoiceStyle.Checkbox, item, messages.DescribedBy)]);
        RenderFormGroup(output, field, new HtmlContentBuilder().AppendHtml(messages.Html).AppendHtml(checkboxes));
    }
}
