using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Web.Pages.Communities.Sessions;

namespace Roundtable.Web.Pages.Communities.RunningOrders;

// One row of the running order form, as typed. A row left wholly empty is ignored, so the spare
// rows at the end cost nothing.
public sealed class RunningOrderRowForm
{
    public Guid? Id { get; set; }

    public string? Position { get; set; }

    public string? Title { get; set; }

    public string? Minutes { get; set; }

    public RunningOrderItemKind Kind { get; set; }

    public string? Presenter { get; set; }

    public string? Notes { get; set; }

    public bool Remove { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Minutes) && string.IsNullOrWhiteSpace(Presenter) && string.IsNullOrWhiteSpace(Notes);

    // Numbered by its place in the list, which is what Read takes a different number to mean a move.
    public static RunningOrderRowForm From(RunningOrderItem item, int index) => new()
    {
        Id = item.Id,
        Position = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = item.Title,
        Minutes = item.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = item.Kind,
        Presenter = item.Presenter,
        Notes = item.Notes,
    };

    public static RunningOrderRowForm Spare(int position) => new()
    {
        Position = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // The running order as typed, for RunningOrderEditor to check: every row in the order shown,
    // numbered by its place, so that a number changed means a move. Removed and wholly empty rows
    // are marked to be left out. Only the numbers are read here: a box that does not hold a whole
    // number is said against it; everything else is Core's to judge.
    public static RunningOrderEdit Read(ModelStateDictionary state, IReadOnlyList<RunningOrderRowForm> rows, string? seen) =>
        new(rows.Select((row, i) => row.Remove || row.IsBlank
            ? new RunningOrderItemEdit(row.Id, null, null, null, null, null, null, Remove: true)
            : new RunningOrderItemEdit(
                row.Id,
                state.Number($"Rows[{i}].Position", row.Position, "The position", 2),
                row.Title,
                state.Number($"Rows[{i}].Minutes", row.Minutes, "The minutes", 2),
                row.Kind,
                row.Presenter,
                row.Notes)).ToList(), seen);

    // Where a problem with an item is shown: "Items[2].Minutes" is row 2's minutes; and nowhere for
    // a box the form has said is wrong already (Core, not given it, would ask for it).
    public static string BoxFor(string field, IReadOnlySet<string> said)
    {
        var key = field.StartsWith("Items[", StringComparison.Ordinal) ? $"Rows{field["Items".Length..]}" : field;
        return said.Contains(key) ? "" : key;
    }
}
