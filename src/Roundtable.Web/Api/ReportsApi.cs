using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Formats;
using Roundtable.Core.Reports.Sharing;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// Reports: members list and read published versions (anyone who may know the community, a
// public report's); co-leads and facilitators draft, read drafts, edit and publish. The same
// rules as the pages, from Core.
public static class ReportsApi
{

    public sealed record VersionSummary(int Number, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? SentAt);

    public sealed record ReportSummary(Guid Id, ReportKind Kind, string Title, bool IsPublic, IReadOnlyList<int> Sessions, VersionSummary Latest, VersionSummary? Published);

    // Version: the one whose document this is; Versions: every one the caller may read.
    public sealed record ReportDetail(ReportSummary Report, VersionSummary Version, ReportDocument Document, IReadOnlyList<VersionSummary> Versions);

    // SessionIds: one session, or several for a SeriesReport.
    public sealed record DraftInput(ReportKind? Kind, IReadOnlyList<Guid>? SessionIds, Guid? SubmissionKey);

    // The words of the newest version, place by place as in it (figures, and each section's lines);
    // a blank line is taken out. Send the version you read to be told (409) of one saved since.
    public sealed record EditInput(
        string? Title, string? TitleLine, IReadOnlyList<CommunityReports.FigureEdit>? Figures, IReadOnlyList<CommunityReports.SectionEdit>? Sections, int? Version, Guid? SubmissionKey);

    // NotAbout: names the "safe to share" check found that this version is not about.
    public sealed record PublishInput(IReadOnlyList<string>? NotAbout);

    public sealed record Finding(FindingKind Kind, string Found, string Where, string Place, string? Person, bool MayConfirm, bool Confirmed, string Message);

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder community)
    {
        community.MapGet("/reports", ListAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ListReports")
            .WithSummary("The community's reports: published ones, and drafts for co-leads and facilitators.");

        community.MapPost("/reports", DraftAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("DraftReport")
            .WithSummary("Draft a report of a kind about a session (or, for a series report, several) from the data.")
            .WithDescription("Send a submissionKey of your own: sending the same one again drafts one report.")
            .ProducesValidationProblem();

        community.MapGet("/reports/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetReport")
            .WithSummary("A report's newest version the caller may read, with its document.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/reports/{id:guid}/versions/{number:int}", GetVersionAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetReportVersion")
            .WithSummary("One version of a report, with its document.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/reports/{id:guid}/versions/{number:int}/word", WordAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetReportVersionAsWord")
            .WithSummary("One version of a report as a Word document (.docx).")
            .Produces(StatusCodes.Status200OK, contentType: WordReport.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/reports/{id:guid}", EditAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("EditReport")
            .WithSummary("Save new words as a new draft version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/reports/{id:guid}/versions/{number:int}/publish", PublishAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("PublishReport")
            .WithSummary("Publish the newest version, once the \"safe to share\" check finds nothing unresolved (422 lists what it found).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return community;
    }

    private static async Task<Ok<List<ReportSummary>>> ListAsync(string slug, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var entries = await reports.ListAsync(here.Community.Id, here.ReportReader(http.User), cancellationToken);
        return TypedResults.Ok(entries.Select(e => Summary(e.Report, e.Latest, e.Published)).ToList());
    }

    private static async Task<Results<Created<ReportDetail>, Ok<ReportDetail>, ValidationProblem, ProblemHttpResult>> DraftAsync(
        string slug, DraftInput input, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (input.Kind is not { } kind)
        {
            return ApiProblems.Invalid("kind", "Choose the kind of report");
        }

        var reader = here.ReportReader(http.User);
        var result = await reports.DraftAsync(here.Community.Id, kind, input.SessionIds ?? [], reader, input.SubmissionKey ?? Guid.CreateVersion7(), cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case CommunityReports.Outcome.NotAllowed:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only co-leads and facilitators draft reports.");
            case CommunityReports.Outcome.NotFound:
                return NoSuchReport();
        }

        var report = (await reports.FindAsync(here.Community.Id, result.Report!.Id, reader, cancellationToken))!;
        var detail = Detail(report, report.Versions[^1]);
        return result.Outcome == CommunityReports.Outcome.Saved
            ? TypedResults.Created($"/api/v1/communities/{slug}/reports/{report.Id}", detail)
            : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken) =>
        await FindAsync(slug, id, null, http, current, reports, cancellationToken) is var (report, version) ? TypedResults.Ok(Detail(report, version)) : NoSuchReport();

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetVersionAsync(
        string slug, Guid id, int number, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken) =>
        await FindAsync(slug, id, number, http, current, reports, cancellationToken) is var (report, version) ? TypedResults.Ok(Detail(report, version)) : NoSuchReport();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WordAsync(
        string slug, Guid id, int number, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken) =>
        await FindAsync(slug, id, number, http, current, reports, cancellationToken) is var (report, version)
            ? TypedResults.File(await reports.WordAsync(report, version, cancellationToken), WordReport.ContentType, ReportNames.WordFile(report, version))
            : NoSuchReport();

    private static async Task<Results<Ok<ReportDetail>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string slug, Guid id, EditInput input, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var reader = here.ReportReader(http.User);
        var result = await reports.EditAsync(
            here.Community.Id, id,
            new CommunityReports.Edit(input.Title, input.TitleLine, input.Figures ?? [], input.Sections ?? [], input.Version, input.SubmissionKey ?? Guid.CreateVersion7()),
            reader, cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.NotFound:
                return NoSuchReport();
            case CommunityReports.Outcome.NotAllowed:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only co-leads and facilitators edit reports.");
            case CommunityReports.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case CommunityReports.Outcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"Version {result.Version!.Number} was saved since the version you sent. Fetch it again and send your words with its number.");
        }

        var report = (await reports.FindAsync(here.Community.Id, id, reader, cancellationToken))!;
        return TypedResults.Ok(Detail(report, report.Versions.Single(v => v.Number == result.Version!.Number)));
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> PublishAsync(
        string slug, Guid id, int number, PublishInput? input, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var reader = here.ReportReader(http.User);
        var result = await reports.PublishAsync(here.Community.Id, id, number, input?.NotAbout ?? [], reader, cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.NotFound:
                return NoSuchReport();
            case CommunityReports.Outcome.NotAllowed:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only co-leads and facilitators publish reports.");
            case CommunityReports.Outcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"Version {result.Version!.Number} is newer: publish that one.");
            case CommunityReports.Outcome.Blocked:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "This report is not yet safe to share",
                    detail: "Edit out each finding, or (for a name only) send it in notAbout if the version is not about that person.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["findings"] = result.Findings!.Where(f => f.Blocks)
                            .Select(f => new Finding(f.Kind, f.Found, f.Where.Key, f.Where.Description, f.Person, f.MayConfirm, f.Confirmed, f.Message)).ToList(),
                    });
        }

        var report = (await reports.FindAsync(here.Community.Id, id, reader, cancellationToken))!;
        return TypedResults.Ok(Detail(report, report.Versions.Single(v => v.Number == number)));
    }

    private static async Task<(Report, ReportVersion)?> FindAsync(
        string slug, Guid id, int? number, HttpContext http, CurrentCommunity current, CommunityReports reports, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var report = await reports.FindAsync(here.Community.Id, id, here.ReportReader(http.User), cancellationToken);
        var version = number is { } n ? report?.Versions.SingleOrDefault(v => v.Number == n) : report?.Versions.LastOrDefault();
        return report is null || version is null ? null : (report, version);
    }

    private static ProblemHttpResult NoSuchReport() => ApiProblems.NotFound("There is no such report in this community.");

    private static VersionSummary Version(ReportVersion version) => new(version.Number, version.CreatedAt, version.PublishedAt, version.SentAt);

    private static ReportSummary Summary(Report report, ReportVersion latest, ReportVersion? published) => new(
        report.Id, report.Kind, report.Title, report.IsPublic, report.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Number).ToList(),
        Version(latest), published is null ? null : Version(published));

    private static ReportDetail Detail(Report report, ReportVersion version) => new(
        Summary(report, report.Versions[^1], report.Versions.LastOrDefault(v => v.IsPublished)),
        Version(version), CommunityReports.DocumentOf(version), report.Versions.Select(Version).ToList());
}
