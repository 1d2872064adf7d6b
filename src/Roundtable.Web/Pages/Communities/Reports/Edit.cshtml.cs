using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Reports;

// Every word of a report's newest version, to change: saving makes a new draft version, and a
// published one stays as it was.
public class EditModel(CurrentCommunity current, CommunityReports reports) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Community Community { get; private set; } = null!;

    public Report Report { get; private set; } = null!;

    // The version the form started from.
    public ReportDocument Document { get; private set; } = null!;

    public string? Meanwhile { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? TitleLine { get; set; }

        public List<FigureInput> Figures { get; set; } = [];

        public List<SectionInput> Sections { get; set; } = [];

        public int? Version { get; set; }

        public Guid SubmissionKey { get; set; }
    }

    public sealed class FigureInput
    {
        public string? Value { get; set; }

        public string? Label { get; set; }
    }

    public sealed class SectionInput
    {
        public List<LineInput> Lines { get; set; } = [];
    }

    public sealed class LineInput
    {
        public string? Lead { get; set; }

        public string? Text { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Title = Document.Title,
            TitleLine = Document.TitleLine,
            Figures = [.. Document.Figures.Select(f => new FigureInput { Value = f.Value, Label = f.Label })],
            Sections = [.. Document.Sections.Select(s => new SectionInput { Lines = [.. s.Lines.Select(l => new LineInput { Lead = l.Lead, Text = l.Text })] })],
            Version = Report.Versions.Max(v => v.Number),
            SubmissionKey = Guid.NewGuid(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var edit = new CommunityReports.Edit(
            Input.Title, Input.TitleLine,
            [.. Input.Figures.Select(f => new CommunityReports.FigureEdit(f.Value, f.Label))],
            [.. Input.Sections.Select(s => new CommunityReports.SectionEdit([.. s.Lines.Select(l => new CommunityReports.LineEdit(l.Lead, l.Text))]))],
            Input.Version, Input.SubmissionKey == Guid.Empty ? Guid.NewGuid() : Input.SubmissionKey);
        var result = await reports.EditAsync(Community.Id, Id, edit, here.ReportReader(User), cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.NotFound:
                return NotFound();
            case CommunityReports.Outcome.NotAllowed:
                return Forbid();
            case CommunityReports.Outcome.Invalid:
                ModelState.AddProblems(result.Problems, nameof(Input));
                return Page();
            case CommunityReports.Outcome.ChangedMeanwhile:
                // Their words stay in the form; saving again (having looked) saves them after the other version.
                Meanwhile = $"Someone else saved version {result.Version!.Number} on {SessionWords.ShortDate(result.Version.CreatedAt)} while you were editing. Look at it first; to keep your words instead, save again.";
                ModelState.Remove("Input.Version");
                Input.Version = result.Version.Number;
                return Page();
            case CommunityReports.Outcome.Unchanged:
                TempData.Notify("Nothing was changed.");
                break;
            default:
                TempData.Notify($"Saved as version {result.Version!.Number}, a draft.");
                break;
        }

        return Redirect(ReportWords.Path(Slug, Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        if (await reports.FindAsync(Community.Id, Id, here.ReportReader(User), cancellationToken) is not { } report)
        {
            return false;
        }

        Report = report;
        Document = CommunityReports.DocumentOf(report.Versions.MaxBy(v => v.Number)!);
        return true;
    }
}
