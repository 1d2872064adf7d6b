namespace Roundtable.Core.Reports;

// What a report says, before it is shown as a page, a Word document, a CSV or an email. Drafters
// build one from the data; a person edits its words; a version keeps one, and publishing freezes it.
public sealed record ReportDocument(
    ReportKind Kind,

    // "Second Community of Practice Session"
    string Title,

    // "Staff briefing · 3 June 2026 · Brackenmouth Community of Practice"
    string TitleLine,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportSection> Sections);

// A headline figure: "43" / "attended (holding from Session 1)", and where it came from, in words
// a reader can check ("The register for session 2: 43 marked present. Session 1: 41."). Gap: the
// data is not there (no register taken), so Value says so rather than showing a zero as a fact.
public sealed record ReportFigure(string Value, string Label, string Source, bool Gap = false);

public sealed record ReportSection(string Heading, IReadOnlyList<ReportLine> Lines);

// One editable line. Lead is the bold opening of a "What we heard" item ("Intersectionality named
// as structural demand [new]"); Source says where a drafted line came from; PhotoId points at a
// contribution's photo on the photo page.
public sealed record ReportLine(
    string Text,
    ReportLineStyle Style = ReportLineStyle.Paragraph,
    string? Lead = null,
    string? Source = null,
    Guid? PhotoId = null);

public enum ReportLineStyle
{
    Paragraph = 0,
    Bullet = 1,

    // "▶ Session 3 acknowledges what we heard": an item in What happens next.
    NextStep = 2,
}
