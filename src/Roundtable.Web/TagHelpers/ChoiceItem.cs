namespace Roundtable.Web.TagHelpers;

internal sealed record ChoiceStyle(string Block, string InputType)
{
    public static readonly ChoiceStyle Radio = new("nhsuk-radios", "radio");
    public static readonly ChoiceStyle Checkbox = new("nhsuk-checkboxes", "checkbox");
}

internal sealed record ChoiceItem(string Id, string Name, string Value, string Label, string? Hint, bool IsChecked);
