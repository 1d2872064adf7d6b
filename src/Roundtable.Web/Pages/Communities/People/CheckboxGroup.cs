namespace Roundtable.Web.Pages.Communities.People;

// A group of checkboxes under one question (identities, access needs), drawn by _CheckboxGroup
// as nhsuk-frontend's checkboxes template draws them, optionally in sections with a heading.
// Its error comes from ModelState under Name; the first box takes the field's id, so the error
// summary's link lands on it.
public sealed record CheckboxGroup(string Name, string Legend, string? Hint, IReadOnlyList<CheckboxGroup.Section> Sections)
{
    public sealed record Section(string? Heading, IReadOnlyList<Item> Items);

    // Tag: a word shown as an NHS.UK tag at the start of the box's hint ("New"), read with it.
    public sealed record Item(string Value, string Label, string? Hint, bool IsChecked, string? Tag = null);

    // The sections' heading level: 3 under a page's own h2, 2 when the group is the page's only question.
    public int SectionHeadingLevel { get; init; } = 3;

    public string Id => Name.Replace('.', '_');

    public string ItemId(int index) => index == 0 ? Id : $"{Id}-{index + 1}";
}
