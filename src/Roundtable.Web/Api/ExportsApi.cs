using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Csv;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The community's records as CSV files for a spreadsheet or an analysis tool, for the people who
// run its sessions: a session's attendance and contributions, and the "you said, we did" ledger.
// The same files, and the same rules, as the download links on the pages.
public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder community)
    {
        community.MapGet("/sessions/{number:int}/attendance.csv", AttendanceAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ExportAttendance")
            .WithSummary("A session's register as CSV: every member present or absent, and each guest, named as the register names them.")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sessions/{number:int}/contributions.csv", ContributionsAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ExportContributions")
            .WithSummary("What was said at a session as CSV, with prompts and themes; authors only as they consented to be quoted.")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/you-said-we-did.csv", LedgerAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ExportLedger")
            .WithSummary("The \"you said, we did\" ledger as CSV: words, source, owner, status, due date and the last change with its reason.")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv");
        return community;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AttendanceAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, AttendanceExport export, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await export.ForSessionAsync(here.Community, number, cancellationToken) is { } file ? File(file) : NoSuchSession();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ContributionsAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, ContributionsExport export, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await export.ForSessionAsync(here.Community, number, here.Membership, cancellationToken) is { } file ? File(file) : NoSuchSession();
    }

    private static async Task<FileContentHttpResult> LedgerAsync(
        string slug, HttpContext http, CurrentCommunity current, LedgerExport export, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return File(await export.ForCommunityAsync(here.Community, here.Membership, cancellationToken));
    }

    private static FileContentHttpResult File(CsvFile file) => TypedResults.File(file.Content, CsvExport.ContentType, file.FileName);

    private static ProblemHttpResult NoSuchSession() => ApiProblems.NotFound("This community has no session with that number.");
}
