using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// A meeting's chat or transcript brought into a session's contributions, as on the import page:
// previewed (nothing saved), imported once per submission key, listed, undone as a whole, and a
// sender nobody matched said to be a member. For those who import attendance; a preparation
// meeting's are its lived-expert group's facilitators' and co-leads' only, "not found" to others.
public static class ChatImportsApi
{
    public sealed record PreviewedMessage(int Line, string? Time, string Sender, string ShownAs, bool Matched, string Text, int Contributions);

    public sealed record PreviewedImport(
        ContributionSource Source, string Layout, int Contributions, int SystemLines, int PrivateMessages,
        IReadOnlyList<PreviewedMessage> Messages, IReadOnlyList<string> Links, IReadOnlyList<string> NotMatched);

    public sealed record ChatImport(
        Guid Id, ContributionSource Source, string Layout, DateTimeOffset ImportedAt, int Messages, int Contributions, int Matched,
        int SystemLines, IReadOnlyList<string> Links, DateTimeOffset? UndoneAt, bool AlreadyImported = false);

    // The sender as the chat wrote them (and their email address, if it gave one), and the member they were.
    public sealed record MapSender(string? Sender, string? Email, Guid? PersonId);

    public sealed record MappedSender(string Sender, string ShownAs, int Contributions, bool AlreadyMatched);

    private const string Body =
        "The body is the chat as copied or saved (Microsoft Teams, Zoom, Google Meet) or a WebVTT transcript, as text/plain or text/vtt, " +
        "up to 500 KB and 5,000 messages. A body in no layout we know is refused (400) with its first lines as firstLines.";

    public static RouteGroupBuilder MapChatImportsApi(this RouteGroupBuilder community)
    {
        Map(community, SessionKind.Session);
        Map(community, SessionKind.PreparationMeeting);
        return community;
    }

    private static void Map(RouteGroupBuilder community, SessionKind kind)
    {
        var session = kind == SessionKind.Session;
        var (place, name) = session ? ("sessions", "Session") : ("preparation-meetings", "PreparationMeeting");
        var group = community.MapGroup($"/{place}/{{number:int}}/chat-imports")
            .RequireAuthorization(Policies.CommunityFacilitator)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        if (!session)
        {
            group.RequireAuthorization(Policies.LivedExpertGroup);
        }

        group.MapGet("/", (string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken) =>
                ListAsync(kind, slug, number, http, current, db, cancellationToken))
            .WithName($"List{name}ChatImports")
            .WithSummary("The chats and transcripts imported into this meeting, newest first, with those undone.");

        group.MapPost("/preview", (string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken) =>
                PreviewAsync(kind, slug, number, http, current, db, chats, cancellationToken))
            .WithName($"Preview{name}ChatImport")
            .WithSummary("Exactly what importing this chat or transcript would do, message by message, with senders as they would be shown. Saves nothing.")
            .WithDescription(Body)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/", (string slug, int number, Guid? submissionKey, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken) =>
                ImportAsync(kind, slug, number, submissionKey, http, current, db, chats, cancellationToken))
            .WithName($"Import{name}Chat")
            .WithSummary("Import a chat or transcript: each message becomes a contribution, all or nothing.")
            .WithDescription(Body + " Send submissionKey (a GUID you make) so that sending it again imports nothing and answers the first import.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id:guid}", (string slug, int number, Guid id, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken) =>
                UndoAsync(kind, slug, number, id, http, current, db, chats, cancellationToken))
            .WithName($"Undo{name}ChatImport")
            .WithSummary("Undo an import as a whole: every contribution it brought is erased. Undoing again changes nothing.");

        group.MapPost("/{id:guid}/senders", (string slug, int number, Guid id, MapSender body, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken) =>
                MapSenderAsync(kind, slug, number, id, body, http, current, db, chats, cancellationToken))
            .WithName($"Map{name}ChatSender")
            .WithSummary("Say which member a sender nobody matched was: their contributions in this import become theirs, named as they chose, and the community's next import knows them.")
            .ProducesValidationProblem();
    }

    private static async Task<Session?> FindAsync(SessionKind kind, string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var community = (await current.FindAsync(slug, http.User, cancellationToken))!.Community;
        return await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.CommunityId == community.Id && s.Kind == kind && s.Number == number, cancellationToken);
    }

    private static async Task<Results<Ok<List<ChatImport>>, ProblemHttpResult>> ListAsync(
        SessionKind kind, string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, slug, number, http, current, db, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        var imports = await db.ContributionImports.AsNoTracking().Where(i => i.SessionId == session.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(imports.OrderByDescending(i => i.ImportedAt).Select(i => Of(i)).ToList());
    }

    private static async Task<Results<Ok<PreviewedImport>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        SessionKind kind, string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, slug, number, http, current, db, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        if (await ReadAsync(http, cancellationToken) is not { } text)
        {
            return Unreadable(http);
        }

        var previewed = await chats.PreviewAsync(session, new ImportedChats.Pasted(ChatReading.SourceOf(text), text), cancellationToken);
        if (previewed.Preview is not { } p)
        {
            return Invalid(previewed.Problems, previewed.FirstLines);
        }

        return TypedResults.Ok(new PreviewedImport(
            p.Source, p.Layout, p.Contributions, p.SystemLines, p.PrivateMessages,
            p.Messages.Select(m => new PreviewedMessage(m.Line, m.Time, m.Sender, m.ShownAs, m.Matched, m.Text, m.Parts)).ToList(),
            p.Links, p.NotMatchedSenders));
    }

    private static async Task<Results<Created<ChatImport>, Ok<ChatImport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        SessionKind kind, string slug, int number, Guid? submissionKey, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, slug, number, http, current, db, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        if (await ReadAsync(http, cancellationToken) is not { } text)
        {
            return Unreadable(http);
        }

        var imported = await chats.ImportAsync(
            session, new ImportedChats.Pasted(ChatReading.SourceOf(text), text), submissionKey ?? Guid.CreateVersion7(), http.User.PersonId()!.Value, cancellationToken);
        return imported switch
        {
            { Change: ChatImportChange.Unchanged, Import: { } earlier } => TypedResults.Ok(Of(earlier, already: true)),
            { Change: ChatImportChange.Done, Import: { } import } => TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{import.Id}", Of(import)),
            { Change: ChatImportChange.NotFound } => ApiProblems.NotFound("That submission key was used for another meeting's import."),
            _ => Invalid(imported.Problems, imported.FirstLines),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UndoAsync(
        SessionKind kind, string slug, int number, Guid id, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, slug, number, http, current, db, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        var undone = await chats.UndoAsync(session, id, http.User.PersonId()!.Value, cancellationToken);
        return undone.Change == ChatImportChange.NotFound
            ? ApiProblems.NotFound("This meeting has no import with this id.")
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MappedSender>, ValidationProblem, ProblemHttpResult>> MapSenderAsync(
        SessionKind kind, string slug, int number, Guid id, MapSender body, HttpContext http, CurrentCommunity current, RoundtableDb db, ImportedChats chats,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, slug, number, http, current, db, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        var mapped = await chats.MapAsync(session, id, body.Sender, body.Email, body.PersonId, cancellationToken);
        return mapped.Change switch
        {
            ChatImportChange.Invalid => ApiProblems.Invalid(mapped.Problems),
            ChatImportChange.NotFound => ApiProblems.NotFound("This import has no sender by that name still to match, or it was undone."),
            _ => TypedResults.Ok(new MappedSender(mapped.Sender!, mapped.ShownAs!, mapped.Contributions, mapped.Change == ChatImportChange.Unchanged)),
        };
    }

    // The body as text, read no further than the limit; null when it is not text or too large.
    private static async Task<string?> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!IsText(http.Request.ContentType) || http.Request.ContentLength > ChatReading.MaxBytes)
        {
            return null;
        }

        return await ChatReading.ReadTextAsync(http.Request.Body, cancellationToken);
    }

    private static ProblemHttpResult Unreadable(HttpContext http) => IsText(http.Request.ContentType)
        ? TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: ChatReading.TooLong(new string('x', ChatReading.MaxBytes + 1))!.Problem)
        : TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "Send the chat or transcript as the body, with the content type text/plain or text/vtt.");

    private static ValidationProblem Invalid(IReadOnlyList<Core.Problem> problems, IReadOnlyList<string> firstLines) =>
        firstLines.Count == 0
            ? ApiProblems.Invalid(problems)
            : ApiProblems.Invalid("text", problems[0].Message, new Dictionary<string, object?> { ["firstLines"] = firstLines });

    private static bool IsText(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType is { } media &&
        (media.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || media.Equals("text/vtt", StringComparison.OrdinalIgnoreCase));

    private static ChatImport Of(ContributionImport i, bool already = false) => new(
        i.Id, i.Source, i.Layout, i.ImportedAt, i.Messages, i.Contributions, i.Matched, i.SystemLines,
        i.Links.Length == 0 ? [] : i.Links.Split('\n'), i.UndoneAt, already);
}
