using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Formats;
using Roundtable.Core.Reports.Sharing;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Reports;

// A report as its readers see it, and prints on paper: its newest version they may read, or (at
// …/versions/{number}) one version at an address that never changes. Co-leads and facilitators
// also see its drafts, what the "safe to share" check finds, and publish here.
public class ReportModel(CurrentCommunity current, CommunityReports reports, ReportSending sending) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public int? Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Report Report { get; private set; } = null!;

    public ReportVersion Version { get; private set; } = null!;

    public ReportDocument Document { get; private set; } = null!;

    public bool MayWrite { get; private set; }

    public bool IsNewest => Version.Number == Report.Versions.Max(v => v.Number);

    // What the check finds in a draft that could be published; Blocked: publishing was refused for them.
    public IReadOnlyList<ShareFinding> Findings { get; private set; } = [];

    public bool Blocked { get; private set; }

    public string? Meanwhile { get; private set; }

    public bool IsCoLead { get; private set; }

    public Guid SubmissionKey { get; } = Guid.NewGuid();

    [BindProperty]
    public List<string> NotAbout { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (MayWrite && !Version.IsPublished && IsNewest)
        {
            Findings = await reports.CheckAsync(Community.Id, Version, [], cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var result = await reports.PublishAsync(Community.Id, Id, Version.Number, NotAbout, here.ReportReader(User), cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.NotAllowed:
                return Forbid();
            case CommunityReports.Outcome.NotFound:
                return NotFound();
            case CommunityReports.Outcome.Blocked:
                Findings = result.Findings!;
                Blocked = true;
                return Page();
            case CommunityReports.Outcome.ChangedMeanwhile:
                Meanwhile = $"Version {result.Version!.Number} was saved since: check it, then publish that one.";
                return Page();
        }

        TempData.Notify(result.Outcome == CommunityReports.Outcome.Unchanged ? "This version was already published." : $"Version {Version.Number} is published.");
        return Redirect(ReportWords.VersionPath(Slug, Id, Version.Number));
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        return File(await reports.WordAsync(Report, Version, cancellationToken), WordReport.ContentType, ReportNames.WordFile(Report, Version));
    }

    // Co-leads send a published version to the community's email list; Mailings says who may.
    public async Task<IActionResult> OnPostSendAsync(Guid submissionKey, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var result = await sending.SendAsync(
            Community.Id, Id, Version.Number, here.ReportReader(User), ReportWords.VersionPath(Slug, Id, Version.Number), submissionKey, cancellationToken);
        switch (result?.Outcome)
        {
            case null:
                return NotFound();
            case MailingOutcome.NotACoLead:
                return Forbid();
            case MailingOutcome.Invalid:
                ModelState.AddProblems(result.Problems, "");
                return Page();
        }

        TempData.Notify("It is being sent to the email list in the background.");
        return Redirect(ReportWords.VersionPath(Slug, Id, Version.Number));
    }

    public async Task<IActionResult> OnPostPublicAsync(bool isPublic, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (await reports.SetPublicAsync(Community.Id, Id, isPublic, here.ReportReader(User), cancellationToken) == CommunityReports.Outcome.NotAllowed)
        {
            return Forbid();
        }

        TempData.Notify(isPublic ? "Anyone can now read its published versions, and it is listed on the community's page." : "Only members can now read it.");
        return Redirect(ReportWords.Path(Slug, Id));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        var reader = here.ReportReader(User);
        MayWrite = reader.MayWrite;
        IsCoLead = here.Role == Core.Communities.CommunityRole.CoLead;
        var report = await reports.FindAsync(Community.Id, Id, reader, cancellationToken);
        var version = Number is { } number ? report?.Versions.SingleOrDefault(v => v.Number == number) : report?.Versions.LastOrDefault();
        if (report is null || version is null)
        {
            return User.Identity?.IsAuthenticated == true ? NotFound() : Challenge();
        }

        Report = report;
        Version = version;
        Document = CommunityReports.DocumentOf(version);
        return null;
    }
}
