using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Web.Pages.Communities.Sessions;
using Roundtable.Web.Pages.Shared;

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

    // The rows to save, in the order their positions give, or null after recording every problem
    // against its field. Each row is shown numbered by its place on the page, so a row given
    // another number has been moved there: moved up, it goes before the row that had that number;
    // moved down, after it. Giving item 10 the number 1 puts it first.
    public static List<RunningOrderRow>? Read(ModelStateDictionary state, IReadOnlyList<RunningOrderRowForm> rows)
    {
        var kept = new List<(int Position, int Moved, int Index, RunningOrderRow Row)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            var key = $"Rows[{i}]";
            var position = state.WholeNumber($"{key}.Position", row.Position, "Enter a number for where this item comes", "The position", 1, 999);
            var title = state.Required($"{key}.Title", row.Title, "Enter what happens in this item", "What happens", RunningOrderItem.TitleMaxLength);
            var minutes = state.WholeNumber($"{key}.Minutes", row.Minutes, "Enter how many minutes this item takes", "The minutes", 1, 600);
            var kind = Enum.IsDefined(row.Kind) ? row.Kind : RunningOrderItemKind.Item;
            var presenter = state.Optional($"{key}.Presenter", row.Presenter, "The presenter", RunningOrderItem.PresenterMaxLength);
            var notes = state.Optional($"{key}.Notes", row.Notes, "The notes", RunningOrderItem.NotesMaxLength);
            if (kind == RunningOrderItemKind.Presentation)
            {
                if (minutes > RunningOrderItem.PresentationMaxMinutes)
                {
                    state.AddModelError($"{key}.Minutes", "A presentation or case study holds up to 5 minutes");
                }

                if (presenter is null && state.GetFieldValidationState($"{key}.Presenter") != ModelValidationState.Invalid)
                {
                    state.AddModelError($"{key}.Presenter", "Enter who is presenting, or ‘to be confirmed’");
                }
            }

            if (position is not null && title is not null && minutes is not null)
            {
                kept.Add((position.Value, position.Value.CompareTo(i + 1), i, new RunningOrderRow(row.Id, title, minutes.Value, kind, kind == RunningOrderItemKind.Presentation ? presenter : null, notes)));
            }
        }

        return state.IsValid ? kept.OrderBy(k => k.Position).ThenBy(k => k.Moved).ThenBy(k => k.Index).Select(k => k.Row).ToList() : null;
    }
}
