using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.TagHelpers;

// One option of an <nhs-radios>: it renders nothing itself, but hands its options to the group.
[HtmlTargetElement("nhs-radio", ParentTag = "nhs-radios")]
public sealed class NhsRadioTagHelper : TagHelper
{
    public string Value { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(NhsRadioTagHelper), out var options))
        {
            throw new InvalidOperationException("<nhs-radio> must be inside <nhs-radios>.");
        }

        ((List<NhsRadioTagHelper>)options).Add(this);
        output.SuppressOutput();
    }
}
