using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.Attendance;
using Roundtable.Web.Pages.Shared;
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
        string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, AttendanceRecords records,
        AttendanceFigures figures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, session) = await SignUpsApi.FindAsync(slug, number, http, current, db, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var sheet = await RegisterSheet.LoadAsync(db, records, session, cancellationToken);
        var figure = await figures.ForSessionAsync(session, cancellationToken);
        return TypedResults.Ok(new SessionAttendance(
            session.Number,
            AttendanceTaking.WhyClosed(session, UkTime.Today(clock)),
            figure is null ? null : Figure(figure),
            sheet.Members.Where(m => m.IsPresent).Select(m => m.Name).ToList(),
            sheet.Guests.Select(g => g.Name).ToList(),
            sheet.FormerMembersPresent,
            sheet.Unresolved.Select(u => new UnmatchedRow(u.Id, u.Name, u.Email, u.JoinedAt, u.LeftAt)).ToList()));
    }

    private static async Task<Results<Ok<MarkedPresent>, ValidationProblem, ProblemHttpResult>> MarkAsync(
        string slug, int number, MarkPresent input, HttpContext http, CurrentCommunity current, RoundtableDb db, AttendanceRecords records,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, session) = await SignUpsApi.FindAsync(slug, number, http, current, db, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (AttendanceTaking.WhyClosed(session, UkTime.Today(clock)) is { } closed)
        {
            return ApiProblems.Conflict(closed);
        }

        var by = http.User.PersonId()!.Value;
        if (string.IsNullOrWhiteSpace(input.Email) == string.IsNullOrWhiteSpace(input.GuestName))
        {
            return ApiProblems.Invalid("email", "Send the email address of the member who came, or the guestName of a guest who is not a member");
        }

        if (!string.IsNullOrWhiteSpace(input.GuestName))
        {
            var state = new ModelStateDictionary();
            var name = state.Required("guestName", input.GuestName, "Enter the guest's name", "The guest's name", Attendee.NameMaxLength);
            if (name is null)
            {
                return ApiProblems.Invalid(state, field => field);
            }

            var guest = await records.AddGuestAsync(session, name, by, cancellationToken);
            return TypedResults.Ok(new MarkedPresent(name, guest == AttendanceChange.Unchanged));
        }

        var member = await records.ActiveMemberByEmailAsync(session.CommunityId, input.Email!, cancellationToken);
        if (member is null)
        {
            return ApiProblems.Invalid("email", "No member of this community has this email address");
        }

        var marked = await records.AddMemberAsync(session, member.PersonId, by, cancellationToken);
        return marked == AttendanceChange.NotFound
            ? ApiProblems.Invalid("email", "No member of this community has this email address")
            : TypedResults.Ok(new MarkedPresent(MemberNames.AsTheyChose(member), marked == AttendanceChange.Unchanged));
    }

    private static async Task<Results<Ok<List<ReportRow>>, ProblemHttpResult>> UnmatchedAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, AttendanceRecords records,
        CancellationToken cancellationToken)
    {
        var (_, session) = await SignUpsApi.FindAsync(slug, number, http, current, db, cancellationToken);
        return session is null
            ? SessionsApi.NoSuch(SessionKind.Session, number)
            : TypedResults.Ok((await records.UnmatchedAsync(session.Id, cancellationToken)).Select(Row).ToList());
    }

    private static async Task<Results<Ok<ResolvedRow>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        string slug, int number, Guid id, ResolveRow input, HttpContext http, CurrentCommunity current, RoundtableDb db,
        AttendanceRecords records, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, session) = await SignUpsApi.FindAsync(slug, number, http, current, db, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if ((await records.UnmatchedAsync(session.Id, cancellationToken)).All(u => u.Id != id))
        {
            return ApiProblems.NotFound($"Session {number} has no attendance report row with this id.");
        }

        if (AttendanceTaking.WhyClosed(session, UkTime.Today(clock)) is { } closed)
        {
            return ApiProblems.Conflict(closed);
        }

        // The register page's three buttons, by the names it gives them.
        var how = Enum.GetValues<AttendanceRecords.Resolution>()
            .Select(r => (AttendanceRecords.Resolution?)r)
            .FirstOrDefault(r => string.Equals(r.ToString(), input.Resolution?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (how is null)
        {
            return ApiProblems.Invalid("resolution", "Send resolution: Member (with the member's email or personId), Guest or LeaveOut");
        }

        Membership? member = null;
        if (how == AttendanceRecords.Resolution.Member)
        {
            var (found, problem) = await MemberAsync(input, session, records, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            member = found;
        }

        var outcome = await records.ResolveAsync(session, id, how.Value, member?.PersonId, http.User.PersonId()!.Value, cancellationToken);
        if (outcome == AttendanceChange.NotFound)
        {
            // They left the community a moment ago.
            return ApiProblems.Invalid(input.PersonId is null ? "email" : "personId", "No member of this community is this person now");
        }

        var row = (await records.UnmatchedAsync(session.Id, cancellationToken)).Single(u => u.Id == id);
        return TypedResults.Ok(new ResolvedRow(
            Row(row),
            outcome == AttendanceChange.Done && member is not null ? MemberNames.AsTheyChose(member) : null,
            outcome == AttendanceChange.Unchanged));
    }

    // The member a report row is: by email address or by personId, one of the two.
    private static async Task<(Membership? Member, ValidationProblem? Problem)> MemberAsync(
        ResolveRow input, Session session, AttendanceRecords records, CancellationToken cancellationToken)
    {
        var byEmail = !string.IsNullOrWhiteSpace(input.Email);
        if (byEmail == input.PersonId is not null)
        {
            return (null, ApiProblems.Invalid("email", "Send the email address or the personId of the member this is, not both"));
        }

        if (byEmail)
        {
            var member = await records.ActiveMemberByEmailAsync(session.CommunityId, input.Email!, cancellationToken);
            return member is null ? (null, ApiProblems.Invalid("email", "No member of this community has this email address")) : (member, null);
        }

        var active = (await records.ActiveMembersAsync(session.CommunityId, cancellationToken)).FirstOrDefault(m => m.PersonId == input.PersonId);
        return active is null ? (null, ApiProblems.Invalid("personId", "No member of this community has this personId")) : (active, null);
    }

    private static ReportRow Row(UnmatchedAttendee u) => new(u.Id, u.Name, u.Email, u.JoinedAt, u.LeftAt, u.Resolution);

    private static async Task<Results<Ok<ImportedReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, AttendanceRecords records, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (_, session) = await SignUpsApi.FindAsync(slug, number, http, current, db, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (!IsCsv(http.Request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Send the attendance report as the body, with the content type text/csv.");
        }

        if (AttendanceTaking.WhyClosed(session, UkTime.Today(clock)) is { } closed)
        {
            return ApiProblems.Conflict(closed);
        }

        var report = await ReadAsync(http.Request, UkTimeZone.DateOf(session.StartsAt), cancellationToken);
        if (report.Problem is { } problem)
        {
            return ApiProblems.Invalid("report", problem);
        }

        var summary = await records.ImportAsync(session, report, http.User.PersonId()!.Value, cancellationToken);
        var sheet = await RegisterSheet.LoadAsync(db, records, session, cancellationToken);
        return TypedResults.Ok(new ImportedReport(
            summary.Layout,
            summary.RowsRead,
            summary.MatchedByEmail,
            summary.MatchedByName.Select(m => new MatchedByName(m.InReport, sheet.NameOf(m.PersonId))).ToList(),
            summary.DuplicatesMerged,
            summary.AlreadyPresent,
            summary.Added,
            summary.NotMatched.Select(n => new NotImported(n.Name, n.Email, n.Reason)).ToList(),
            summary.AlreadyListed,
            summary.Skipped.Select(s => new SkippedLine(s.Line, s.Reason)).ToList(),
            summary.BlankLines));
    }

    private static bool IsCsv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        type.MediaType is { } media &&
        (media.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.Equals("application/csv", StringComparison.OrdinalIgnoreCase));

    // The body, read no further than one byte past what a report may be: the report's own rules
    // then refuse one that is empty or too large, in the same words as on the register page.
    private static async Task<AttendanceReport> ReadAsync(HttpRequest request, DateOnly sessionDate, CancellationToken cancellationToken)
    {
        var buffer = new byte[AttendanceReport.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return AttendanceReport.Read(buffer.AsSpan(0, length), sessionDate);
    }

    private static AttendanceFigure Figure(SessionFigures f) => new(
        f.Number, f.StartsAt, f.Recorded, f.Attended, f.Members, f.Guests, f.New, f.Returning, Retained(f.HeldFromFirst), Retained(f.HeldFromPrevious));

    private static Retention? Retained(Held? held) => held is null ? null : new Retention(held.Came, held.Of, held.FromSession, held.Percent);
}
