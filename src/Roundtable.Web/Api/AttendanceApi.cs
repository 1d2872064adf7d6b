using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// Who came to a session, for facilitators, as on the register page: people marked present (late
// arrivals are simply present), or an online meeting's attendance report imported whole or not at
// all, with the rows that matched nobody listed. Members see the community's figures across
// sessions: counts only, never names.
public static class AttendanceApi
{
    // Of those at an earlier session (FromSession), how many came to this one.
    public sealed record Retention(int Came, int Of, int FromSession, int Percent);

    // New: members at their first session. Recorded is false until anyone is marked or imported.
    public sealed record AttendanceFigure(
        int Number,
        DateTimeOffset StartsAt,
        bool Recorded,
        int Attended,
        int Members,
        int Guests,
        int New,
        int Returning,
        Retention? HeldFromFirst,
        Retention? HeldFromPrevious);

    // Closed says why attendance cannot be recorded (yet, or at all); null when it can. Present
    // names members as each chose. NotMatched: report rows still to resolve on the register page.
    public sealed record SessionAttendance(
        int Number,
        string? Closed,
        AttendanceFigure? Figures,
        IReadOnlyList<string> Present,
        IReadOnlyList<string> Guests,
        int FormerMembersPresent,
        IReadOnlyList<UnmatchedRow> NotMatched);

    public sealed record UnmatchedRow(Guid Id, string Name, string? Email, DateTimeOffset? JoinedAt, DateTimeOffset? LeftAt);

    // A report row that matched nobody. Resolution is null while it is still to resolve; then
    // "Member", "Guest" or "Left out".
    public sealed record ReportRow(Guid Id, string Name, string? Email, DateTimeOffset? JoinedAt, DateTimeOffset? LeftAt, string? Resolution);

    // Resolution: "Member" (with the email address or the personId of the member it is), "Guest"
    // or "LeaveOut".
    public sealed record ResolveRow(string? Resolution, string? Email, Guid? PersonId);

    // Member: who it was found to be, as they chose to be named, when it was a member.
    public sealed record ResolvedRow(ReportRow Row, string? Member, bool AlreadyResolved);

    // One of the two: the email address of a member who came, or the name of a guest who is not one.
    public sealed record MarkPresent(string? Email, string? GuestName);

    public sealed record MarkedPresent(string Name, bool AlreadyMarked);

    public sealed record ImportedReport(
        string Layout,
        int RowsRead,
        int MatchedByEmail,
        IReadOnlyList<MatchedByName> MatchedByName,
        IReadOnlyList<MatchedByName> MatchedAsChosenBefore,
        int DuplicatesMerged,
        int AlreadyPresent,
        int Added,
        IReadOnlyList<NotImported> NotMatched,
        int AlreadyListed,
        IReadOnlyList<SkippedLine> Skipped,
        int BlankLines);

    public sealed record MatchedByName(string InReport, string Member);

    public sealed record NotImported(string Name, string? Email, string Reason);

    public sealed record SkippedLine(int Line, string Reason);

    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder community)
    {
        community.MapGet("/attendance", AcrossSessionsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetCommunityAttendance")
            .WithSummary("Attendance at each session so far: how many came, new and returning members, and how many stayed from session to session.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sessions/{number:int}/attendance", GetAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("GetSessionAttendance")
            .WithSummary("For facilitators: who came to a session, its figures (attended, new, returning, retention), and report rows still to resolve.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/sessions/{number:int}/attendance", MarkAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("MarkPresent")
            .WithSummary("Mark someone as present: a member by their email address, or a guest by name. Marking them again changes nothing.")
            .WithDescription("Attendance can be recorded from the day of the session; never for a cancelled one (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapGet("/sessions/{number:int}/attendance/unmatched", UnmatchedAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ListUnmatchedReportRows")
            .WithSummary("For facilitators: the attendance report's rows that matched nobody, those still to resolve first, with what was decided for the rest.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/sessions/{number:int}/attendance/unmatched/{id:guid}", ResolveAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ResolveUnmatchedReportRow")
            .WithSummary("Resolve a report row that matched nobody: a member who came (by email or personId), a guest, or someone to leave out.")
            .WithDescription(
                "As on the register page: resolution Member (with email or personId) marks that member present, Guest adds the row's name " +
                "as a guest, LeaveOut records nobody. A row already resolved stays as it was (alreadyResolved: true). Attendance can " +
                "be recorded from the day of the session; never for a cancelled one (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/sessions/{number:int}/attendance/report", ImportAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            // Described rather than declared with Accepts: routing would then answer any other
            // content type "not found", before anyone is told they must sign in.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The attendance report: the CSV file the meeting gave, as it is.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithName("ImportAttendanceReport")
            .WithSummary("Import an online meeting's attendance report (the CSV file, as the body): what was imported, and what was not.")
            .WithDescription(
                "Teams, Zoom and similar layouts; commas, semicolons or tabs; with or without a byte order mark. People are matched " +
                "by email, then by name; rows that match nobody are listed to resolve, and the same person twice counts once. A report " +
                "that cannot be read imports nothing (400). Importing the same report again adds nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return community;
    }

    private static async Task<Ok<List<AttendanceFigure>>> AcrossSessionsAsync(
        string slug, HttpContext http, CurrentCommunity current, AttendanceFigures figures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        // As the community's attendance page: the sessions that have started.
        var now = clock.GetUtcNow();
        var sessions = await figures.ForCommunityAsync(here.Community.Id, cancellationToken);
        return TypedResults.Ok(sessions.Where(s => s.StartsAt <= now).Select(Figure).ToList());
    }

    private static async Task<Results<Ok<SessionAttendance>, ProblemHttpResult>> GetAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, AttendanceRegister register, AttendanceFigures figures,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, number, http, current, register, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var sheet = await register.SheetAsync(session, cancellationToken);
        var figure = await figures.ForSessionAsync(session, cancellationToken);
        return TypedResults.Ok(new SessionAttendance(
            session.Number,
            AttendanceTaking.WhyClosed(session, UkTimeZone.Today(clock)),
            figure is null ? null : Figure(figure),
            sheet.Present.Select(m => m.Name).ToList(),
            sheet.Guests.Select(g => g.Name).ToList(),
            sheet.FormerMembersPresent,
            sheet.Unresolved.Select(u => new UnmatchedRow(u.Id, u.Name, u.Email, u.JoinedAt, u.LeftAt)).ToList()));
    }

    private static async Task<Results<Ok<MarkedPresent>, ValidationProblem, ProblemHttpResult>> MarkAsync(
        string slug, int number, MarkPresent input, HttpContext http, CurrentCommunity current, AttendanceRegister register,
        AttendanceRecords records, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, number, http, current, register, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        // A guest by the name sent (even a blank one, which Core refuses), or a member by email.
        var guest = input.GuestName is not null && string.IsNullOrWhiteSpace(input.Email);
        if (!guest && (string.IsNullOrWhiteSpace(input.Email) || !string.IsNullOrWhiteSpace(input.GuestName)))
        {
            return ApiProblems.Invalid("email", "Send the email address of the member who came, or the guestName of a guest who is not a member");
        }

        var by = http.User.PersonId()!.Value;
        var added = guest
            ? await records.AddGuestAsync(session, new AttendanceRecords.GuestWalkIn(input.GuestName), by, cancellationToken)
            : await records.AddMemberAsync(session, new AttendanceRecords.WalkIn(null, input.Email), by, cancellationToken);
        return added.Change switch
        {
            AttendanceChange.Closed => ApiProblems.Conflict(added.Refusal!),
            AttendanceChange.Invalid => ApiProblems.Invalid(added.Problems),
            _ => TypedResults.Ok(new MarkedPresent(added.Name!, added.Change == AttendanceChange.Unchanged)),
        };
    }

    private static async Task<Results<Ok<List<ReportRow>>, ProblemHttpResult>> UnmatchedAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, AttendanceRegister register, CancellationToken cancellationToken)
    {
        return await FindAsync(slug, number, http, current, register, cancellationToken) is not { } session
            ? SessionsApi.NoSuch(SessionKind.Session, number)
            : TypedResults.Ok((await register.UnmatchedAsync(session.Id, cancellationToken)).Select(Row).ToList());
    }

    private static async Task<Results<Ok<ResolvedRow>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        string slug, int number, Guid id, ResolveRow input, HttpContext http, CurrentCommunity current, AttendanceRegister register,
        AttendanceRecords records, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, number, http, current, register, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        // The register page's three buttons, by the names it gives them.
        var how = Enum.GetValues<AttendanceRecords.Resolution>()
            .Select(r => (AttendanceRecords.Resolution?)r)
            .FirstOrDefault(r => string.Equals(r.ToString(), input.Resolution?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (how is null)
        {
            return ApiProblems.Invalid("resolution", "Send resolution: Member (with the member's email or personId), Guest or LeaveOut");
        }

        var settled = await records.ResolveAsync(
            session, new AttendanceRecords.Settle(id, how, input.PersonId, input.Email), http.User.PersonId()!.Value, cancellationToken);
        return settled.Change switch
        {
            AttendanceChange.NotFound => ApiProblems.NotFound(settled.Refusal!),
            AttendanceChange.Closed => ApiProblems.Conflict(settled.Refusal!),
            AttendanceChange.Invalid => ApiProblems.Invalid(settled.Problems),
            _ => TypedResults.Ok(new ResolvedRow(Row(settled.Row!), settled.Member, settled.Change == AttendanceChange.Unchanged)),
        };
    }

    private static ReportRow Row(UnmatchedAttendee u) => new(u.Id, u.Name, u.Email, u.JoinedAt, u.LeftAt, u.Resolution);

    private static async Task<Results<Ok<ImportedReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, AttendanceRegister register, AttendanceRecords records,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, number, http, current, register, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (!IsCsv(http.Request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Send the attendance report as the body, with the content type text/csv.");
        }

        var report = await AttendanceReport.ReadAsync(http.Request.Body, UkTimeZone.DateOf(session.StartsAt), cancellationToken);
        var imported = await records.ImportAsync(session, report, http.User.PersonId()!.Value, cancellationToken);
        if (imported.Change == AttendanceChange.Closed)
        {
            return ApiProblems.Conflict(imported.Refusal!);
        }

        if (imported.Summary is not { } summary)
        {
            return ApiProblems.Invalid(imported.Problems);
        }

        var sheet = await register.SheetAsync(session, cancellationToken);
        return TypedResults.Ok(new ImportedReport(
            summary.Layout,
            summary.RowsRead,
            summary.MatchedByEmail,
            summary.MatchedByName.Select(m => new MatchedByName(m.InReport, sheet.NameOf(m.PersonId))).ToList(),
            summary.MatchedAsChosenBefore.Select(m => new MatchedByName(m.InReport, sheet.NameOf(m.PersonId))).ToList(),
            summary.DuplicatesMerged,
            summary.AlreadyPresent,
            summary.Added,
            summary.NotMatched.Select(n => new NotImported(n.Name, n.Email, n.Reason)).ToList(),
            summary.AlreadyListed,
            summary.Skipped.Select(s => new SkippedLine(s.Line, s.Reason)).ToList(),
            summary.BlankLines));
    }

    // The session whose attendance this is (sessions only: preparation meetings have none).
    private static async Task<Session?> FindAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, AttendanceRegister register, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await register.FindSessionAsync(here.Community.Id, number, cancellationToken);
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        type.MediaType is { } media &&
        (media.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.Equals("application/csv", StringComparison.OrdinalIgnoreCase));

    private static AttendanceFigure Figure(SessionFigures f) => new(
        f.Number, f.StartsAt, f.Recorded, f.Attended, f.Members, f.Guests, f.New, f.Returning, Retained(f.HeldFromFirst), Retained(f.HeldFromPrevious));

    private static Retention? Retained(Held? held) => held is null ? null : new Retention(held.Came, held.Of, held.FromSession, held.Percent);
}
