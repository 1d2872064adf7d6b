namespace Roundtable.Core.Data.Entities;

public enum RunningOrderItemKind
{
    Item = 0,

    // A short presentation or case study (five minutes at most), with its presenter.
    Presentation = 1,
}

public class RunningOrderItem
{
    public const int TitleMaxLength = 200;
    public const int PresenterMaxLength = 120;
    public const int NotesMaxLength = 1000;
    public const int PresentationMaxMinutes = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public int Minutes { get; set; }

    public RunningOrderItemKind Kind { get; set; }

    public string? Presenter { get; set; }

    public string? Notes { get; set; }
}
