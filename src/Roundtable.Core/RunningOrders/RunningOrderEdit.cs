using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.RunningOrders;

// One item of a running order as an editor sends it. Id: the saved item it changes, if any.
// Position: the place it should take, where the list numbers each item by its place in it (1 is
// first); Remove: leave it out (its place still counts, as it did where it was shown).
public sealed record RunningOrderItemEdit(
    Guid? Id,
    int? Position,
    string? Title,
    int? Minutes,
    RunningOrderItemKind? Kind,
    string? Presenter,
    string? Notes,
    bool Remove = false);

// A running order as an editor leaves it: every item, in the order they were shown, and the version
// they saw (RunningOrderRules.Fingerprint), so that a save can tell if someone else saved since;
// without one, it replaces the running order as it is now.
public sealed record RunningOrderEdit(IReadOnlyList<RunningOrderItemEdit> Items, string? SeenVersion)
{
    public const int MaxMinutes = 600;
    public const int MaxPosition = 999;

    // The problem's field for one of an item's: "Items[2].Minutes".
    public static string Field(int index, string property) => $"{nameof(Items)}[{index}].{property}";

    // The rows to save, in the order their positions give, or null with every problem noted against
    // its item's field. An item given another number than its place has been moved there: moved
    // up, it goes before the item that had that number; moved down, after it. Giving item 10 the
    // number 1 puts it first.
    public List<RunningOrderRow>? Read(Problems problems)
    {
        var kept = new List<(int Position, int Moved, int Index, RunningOrderRow Row)>();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Remove)
            {
                continue;
            }

            if (Read(problems, i, item) is { } row)
            {
                var position = item.Position!.Value;
                kept.Add((position, position.CompareTo(i + 1), i, row));
            }
        }

        return problems.Any ? null : kept.OrderBy(k => k.Position).ThenBy(k => k.Moved).ThenBy(k => k.Index).Select(k => k.Row).ToList();
    }

    private static RunningOrderRow? Read(Problems problems, int i, RunningOrderItemEdit item)
    {
        var position = problems.InRange(
            Field(i, nameof(item.Position)), item.Position, "Enter a number for where this item comes", "The position", 1, MaxPosition);
        var title = problems.Required(
            Field(i, nameof(item.Title)), item.Title, "Enter what happens in this item", "What happens", RunningOrderItem.TitleMaxLength);
        var minutes = problems.InRange(
            Field(i, nameof(item.Minutes)), item.Minutes, "Enter how many minutes this item takes", "The minutes", 1, MaxMinutes);
        var kind = item.Kind ?? RunningOrderItemKind.Item;
        if (!Enum.IsDefined(kind))
        {
            problems.Add(Field(i, nameof(item.Kind)), "Choose whether this is an item, or a presentation or case study");
        }

        var presenterField = Field(i, nameof(item.Presenter));
        var presenter = problems.Optional(presenterField, item.Presenter, "The presenter", RunningOrderItem.PresenterMaxLength);
        var notes = problems.Optional(Field(i, nameof(item.Notes)), item.Notes, "The notes", RunningOrderItem.NotesMaxLength);
        if (kind == RunningOrderItemKind.Presentation)
        {
            if (minutes > RunningOrderItem.PresentationMaxMinutes)
            {
                problems.Add(Field(i, nameof(item.Minutes)), $"A presentation or case study holds up to {RunningOrderItem.PresentationMaxMinutes} minutes");
            }

            if (presenter is null && !problems.About(presenterField))
            {
                problems.Add(presenterField, "Enter who is presenting, or ‘to be confirmed’");
            }
        }
        else if (presenter is not null && Enum.IsDefined(kind))
        {
            // Kept quietly, it would be lost: only a presentation shows who gives it.
            problems.Add(presenterField, "Only a presentation or case study has a presenter: choose that kind of item, or leave the presenter empty");
        }

        return position is null || title is null || minutes is null
            ? null
            : new RunningOrderRow(item.Id, title, minutes.Value, kind, presenter, notes);
    }
}

// A template to start a running order from, by its key ("stoke", "online"), as an editor chose it.
// Replace: they have agreed that it replaces the items already there. SeenVersion: as for an edit.
public sealed record TemplateChoice(string? Template, bool Replace, string? SeenVersion);
