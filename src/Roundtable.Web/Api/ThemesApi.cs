using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// A community's themes, as on the theme pages: members read them, each with where it stands at
// every session they may see and the contributions behind it; co-leads create, assign, merge,
// settle and reopen them, and ask for suggestions. A theme heard only in preparation meetings is
// 404 outside the lived-expert group, as its page is.
public static class ThemesApi
{
    public sealed record ThemeAt(SessionKind Kind, int Number, ThemeStatus Status, int Contributions);

    public sealed record ThemeSummary(Guid Id, string Title, string? Gist, int Version, bool Settled, string? SettledNote, IReadOnlyList<ThemeAt> Sessions);

    // Attribution: who a quote is put down to when shared, as its speaker consented; null when not a quote or not attributed.
    // SaidAt: for an imported one, when it was said as the tool wrote it (a chat's clock time, or how far into a transcript's recording).
    public sealed record ThemeContributionDetail(
        Guid ContributionId, SessionKind Kind, int Number, string? Text, bool Quoted, string? Attribution, ContributionSource Source, string? SaidAt);

    // One time the theme was settled, and reopened if it was, each by whom as they chose to be named.
    public sealed record Settling(DateTimeOffset SettledAt, string? SettledBy, string Note, DateTimeOffset? ReopenedAt, string? ReopenedBy);

    public sealed record ThemeDetail(ThemeSummary Theme, IReadOnlyList<ThemeContributionDetail> Contributions, IReadOnlyList<Settling> Settlings);

    public sealed record SessionThemes(string Summary, IReadOnlyList<SessionTheme> Themes);

    public sealed record SessionTheme(Guid Id, string Title, ThemeStatus Status, int Contributions);

    public sealed record Suggestion(Guid ThemeId, string Title, double Score);

    public sealed record UnassignedContribution(Guid ContributionId, string? Text, IReadOnlyList<Suggestion> Suggestions);

    public sealed record Group(string Title, IReadOnlyList<Guid> ContributionIds);

    public sealed record Suggestions(IReadOnlyList<UnassignedContribution> Unassigned, IReadOnlyList<Group> Groups);

    public sealed record NewTheme(string? Title, string? Gist, IReadOnlyList<Guid>? ContributionIds);

    public sealed record Assign(IReadOnlyList<Guid>? ContributionIds);

    public sealed record Merge(Guid? IntoId, int? SeenVersion);

    public sealed record Settle(string? Note);

    public sealed record EditTheme(string? Title, string? Gist, int? SeenVersion);

    public sealed record Split(string? Title, IReadOnlyList<Guid>? ContributionIds, int? SeenVersion);

    // No to a suggestion: this theme for this contribution, or (no themeId) this contribution as part of a new theme.
    public sealed record Ignore(Guid? ContributionId, Guid? ThemeId);

    public static RouteGroupBuilder MapThemesApi(this RouteGroupBuilder community)
    {
        community.MapGet("/themes", ListAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetThemes")
            .WithSummary("The community's themes, each with where it stands at every session the caller may see: New, Deepening, Quiet or Settled.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/themes/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetTheme")
            .WithSummary("One theme with the contributions behind it; a quote carries its attribution only as its speaker consented.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sessions/{number:int}/themes", ForSessionAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetSessionThemes")
            .WithSummary("What we heard at a session: its themes, each New or Deepening with its count, and the summary (\"1 deepening, 1 new\").")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sessions/{number:int}/theme-suggestions", (string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, ThemeSuggestions suggestions, CancellationToken cancellationToken) =>
                SuggestAsync(slug, SessionKind.Session, number, http, current, db, suggestions, cancellationToken))
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("GetThemeSuggestions")
            .WithSummary("For co-leads: each contribution of a session not yet in a theme with its likeliest themes, and groups of similar ones as candidate new themes.")
            .WithDescription("Deterministic: the same data gives the same suggestions. What a co-lead ignored on the Find themes page is not offered.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/themes", CreateAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("CreateTheme")
            .WithSummary("Make a theme with a title, an optional gist and the contributions a co-lead put in it.")
            .WithDescription("Sending the same theme again (same title, contributions already in it) answers with the theme made the first time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapGet("/preparation-meetings/{number:int}/theme-suggestions", (string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, ThemeSuggestions suggestions, CancellationToken cancellationToken) =>
                SuggestAsync(slug, SessionKind.PreparationMeeting, number, http, current, db, suggestions, cancellationToken))
            .RequireAuthorization(Policies.LivedExpertGroup)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("GetPreparationMeetingThemeSuggestions")
            .WithSummary("For the lived-expert group's co-leads: suggestions for what was said at a preparation meeting, as for a session. Not found to anyone else.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/sessions/{number:int}/theme-suggestions/ignored", (string slug, int number, Ignore input, HttpContext http, CurrentCommunity current, RoundtableDb db, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken) =>
                IgnoreAsync(slug, SessionKind.Session, number, input, http, current, db, themes, decisions, cancellationToken))
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("IgnoreThemeSuggestion")
            .WithSummary("Say no to a suggestion: a theme for a contribution (themeId), or the contribution as part of a new theme (no themeId). It is not offered again.")
            .WithDescription("Saying no twice changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/preparation-meetings/{number:int}/theme-suggestions/ignored", (string slug, int number, Ignore input, HttpContext http, CurrentCommunity current, RoundtableDb db, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken) =>
                IgnoreAsync(slug, SessionKind.PreparationMeeting, number, input, http, current, db, themes, decisions, cancellationToken))
            .RequireAuthorization(Policies.LivedExpertGroup)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("IgnorePreparationMeetingThemeSuggestion")
            .WithSummary("For the lived-expert group's co-leads: say no to a suggestion for what was said at a preparation meeting, as for a session. Not found to anyone else.")
            .WithDescription("Saying no twice changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPatch("/themes/{id:guid}", EditAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("EditTheme")
            .WithSummary("Rename a theme or change its gist.")
            .WithDescription("seenVersion (optional) is the version the caller saw: 409 if the theme changed since, or was merged away meanwhile.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/themes/{id:guid}/contributions", AssignAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("AssignToTheme")
            .WithSummary("Put contributions in a theme. A theme merged away passes them on to the theme it went into.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapDelete("/themes/{id:guid}/contributions/{contributionId:guid}", UnassignAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("UnassignFromTheme")
            .WithSummary("Take a contribution out of a theme. Taking it out again changes nothing.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPut("/themes/{id:guid}/quotes/{contributionId:guid}", (string slug, Guid id, Guid contributionId, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken) =>
                QuoteAsync(slug, id, contributionId, true, http, current, themes, decisions, cancellationToken))
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("QuoteFromTheme")
            .WithSummary("Choose one of a theme's contributions as a quote to share, attributed only as its speaker consented.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapDelete("/themes/{id:guid}/quotes/{contributionId:guid}", (string slug, Guid id, Guid contributionId, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken) =>
                QuoteAsync(slug, id, contributionId, false, http, current, themes, decisions, cancellationToken))
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("UnquoteFromTheme")
            .WithSummary("No longer share a contribution as one of the theme's quotes; it stays in the theme.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/themes/{id:guid}/split", SplitAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("SplitTheme")
            .WithSummary("Move some of a theme's contributions, quotes and all, to a new theme with its own title. Answers with the new theme.")
            .WithDescription("Sending the same split again answers with the theme made the first time. seenVersion (optional) is the version the caller saw: 409 if the theme changed since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/themes/{id:guid}/merge", MergeAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("MergeTheme")
            .WithSummary("Merge a theme into another: its contributions and quotes move, each once. Answers with the theme kept.")
            .WithDescription("seenVersion (optional) is the version the caller saw: 409 if the theme changed since, or was merged away meanwhile.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/themes/{id:guid}/settle", SettleAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("SettleTheme")
            .WithSummary("Mark a theme settled with a note of what was agreed or done.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/themes/{id:guid}/reopen", ReopenAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("ReopenTheme")
            .WithSummary("Reopen a settled theme.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return community;
    }

    private static async Task<Ok<IReadOnlyList<ThemeSummary>>> ListAsync(
        string slug, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var book = await themes.ReadAsync(here.Community.Id, here.Membership, cancellationToken);
        return TypedResults.Ok((IReadOnlyList<ThemeSummary>)book.Themes.Select(t => Summary(book, t)).ToList());
    }

    private static async Task<Results<Ok<ThemeDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken) =>
        await DetailAsync(slug, id, http, current, themes, cancellationToken) is { } detail ? TypedResults.Ok(detail) : NoSuchTheme();

    private static async Task<Results<Ok<SessionThemes>, ProblemHttpResult>> ForSessionAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var book = await themes.ReadAsync(here.Community.Id, here.Membership, cancellationToken);
        if (book.Sessions.FirstOrDefault(s => s.Kind == SessionKind.Session && s.Number == number) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var heard = book.HeardAt(session.Id).Select(t => new SessionTheme(t.Theme.Id, t.Theme.Title, t.At(session.Id)!.Status, t.At(session.Id)!.Contributions)).ToList();
        return TypedResults.Ok(new SessionThemes(book.SummaryAt(session.Id), heard));
    }

    private static async Task<Results<Ok<Suggestions>, ProblemHttpResult>> SuggestAsync(
        string slug, SessionKind kind, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, ThemeSuggestions suggestions, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == here.Community.Id && s.Kind == kind && s.Number == number, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(kind, number);
        }

        var found = await suggestions.ForSessionAsync(here.Community.Id, session.Id, here.Membership, cancellationToken);
        return TypedResults.Ok(new Suggestions(
            found.Unassigned.Select(u => new UnassignedContribution(u.Contribution.Id, u.Contribution.Text, u.Likeliest.Select(s => new Suggestion(s.ThemeId, s.Title, s.Score)).ToList())).ToList(),
            found.Groups.Select(g => new Group(g.Title, g.Members.Select(m => m.Id).ToList())).ToList()));
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string slug, NewTheme input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (!await themes.MaySeeAllAsync(here.Community.Id, input.ContributionIds ?? [], here.Membership, cancellationToken))
        {
            return ApiProblems.Invalid("contributionIds", "Choose contributions said in this community's sessions");
        }

        var result = await decisions.CreateAsync(
            here.Community.Id, new ThemeDecisions.NewTheme(input.Title, input.Gist, input.ContributionIds ?? []), http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        string slug, Guid id, Assign input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, input.ContributionIds ?? [], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.AssignAsync(here.Community.Id, id, input.ContributionIds ?? [], http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        string slug, Guid id, Merge input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [], http, current, themes, cancellationToken) is not { } here
            || (input.IntoId is { } into && await SeenAsync(slug, into, [], http, current, themes, cancellationToken) is null))
        {
            return NoSuchTheme();
        }

        var result = await decisions.MergeAsync(here.Community.Id, id, input.IntoId, input.SeenVersion, http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> SettleAsync(
        string slug, Guid id, Settle input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.SettleAsync(here.Community.Id, id, input.Note, http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> ReopenAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.ReopenAsync(here.Community.Id, id, http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string slug, Guid id, EditTheme input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.EditAsync(here.Community.Id, id, new ThemeDecisions.Edit(input.Title, input.Gist, input.SeenVersion), cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> UnassignAsync(
        string slug, Guid id, Guid contributionId, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [contributionId], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.UnassignAsync(here.Community.Id, id, contributionId, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> QuoteAsync(
        string slug, Guid id, Guid contributionId, bool quoted, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        if (await SeenAsync(slug, id, [contributionId], http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.QuoteAsync(here.Community.Id, id, contributionId, quoted, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> SplitAsync(
        string slug, Guid id, Split input, HttpContext http, CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions, CancellationToken cancellationToken)
    {
        var moving = input.ContributionIds ?? [];
        if (await SeenAsync(slug, id, moving, http, current, themes, cancellationToken) is not { } here)
        {
            return NoSuchTheme();
        }

        var result = await decisions.SplitAsync(here.Community.Id, id, moving, input.Title, input.SeenVersion, http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(result, slug, http, current, themes, cancellationToken);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> IgnoreAsync(
        string slug, SessionKind kind, int number, Ignore input, HttpContext http, CurrentCommunity current, RoundtableDb db, CommunityThemes themes, ThemeDecisions decisions,
        CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (!await db.Sessions.AnyAsync(s => s.CommunityId == here.Community.Id && s.Kind == kind && s.Number == number, cancellationToken))
        {
            return SessionsApi.NoSuch(kind, number);
        }

        if (input.ContributionId is not { } contributionId)
        {
            return ApiProblems.Invalid("contributionId", "Choose the contribution the suggestion was for");
        }

        if (input.ThemeId is { } themeId && await SeenAsync(slug, themeId, [], http, current, themes, cancellationToken) is null)
        {
            return NoSuchTheme();
        }

        return await themes.MaySeeAllAsync(here.Community.Id, [contributionId], here.Membership, cancellationToken)
               && await decisions.IgnoreAsync(here.Community.Id, contributionId, input.ThemeId, http.User.PersonId()!.Value, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("This community has no contribution or theme with this id that you may see.");
    }

    // The caller's place when the theme, and each contribution named, is one they may know of:
    // a decision never reaches past what the theme's page would show them.
    private static async Task<CurrentCommunity.Place?> SeenAsync(
        string slug, Guid id, IReadOnlyList<Guid> contributionIds, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var book = await themes.ReadAsync(here.Community.Id, here.Membership, cancellationToken);
        if (book.Themes.All(t => t.Theme.Id != id))
        {
            // A theme merged away is still theirs to be told about, when they may see where it went.
            var now = await themes.WhereNowAsync(here.Community.Id, id, cancellationToken);
            if (now is null || now.Id == id || book.Themes.All(t => t.Theme.Id != now.Id))
            {
                return null;
            }
        }

        return await themes.MaySeeAllAsync(here.Community.Id, contributionIds, here.Membership, cancellationToken) ? here : null;
    }

    private static async Task<Results<Ok<ThemeDetail>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        ThemeResult result, string slug, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case ThemeOutcome.NotFound:
                return NoSuchTheme();
            case ThemeOutcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case ThemeOutcome.ChangedMeanwhile or ThemeOutcome.MergedAway:
                return ApiProblems.Conflict(result.Refusal!);
        }

        return await DetailAsync(slug, result.Theme!.Id, http, current, themes, cancellationToken) is { } detail ? TypedResults.Ok(detail) : NoSuchTheme();
    }

    private static async Task<ThemeDetail?> DetailAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityThemes themes, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var book = await themes.ReadAsync(here.Community.Id, here.Membership, cancellationToken);
        if (book.Themes.FirstOrDefault(t => t.Theme.Id == id) is not { } line)
        {
            return null;
        }

        var attributions = await themes.AttributionsAsync(here.Community.Id, line.Heard.Where(h => h.Quoted).Select(h => h.Contribution).ToList(), cancellationToken);
        var deciders = await themes.DecidersAsync(here.Community.Id, line.Settlings, cancellationToken);
        string? By(Guid? id) => id is { } known ? deciders[known] : null;
        return new ThemeDetail(
            Summary(book, line),
            line.Heard.Select(h => new ThemeContributionDetail(
                h.Contribution.Id, h.Session.Kind, h.Session.Number, h.Contribution.Text, h.Quoted,
                h.Quoted ? attributions.GetValueOrDefault(h.Contribution.Id)?.Text : null, h.Contribution.Source, h.Contribution.SaidAt)).ToList(),
            line.Settlings.Select(s => new Settling(s.SettledAt, By(s.SettledById), s.Note, s.ReopenedAt, By(s.ReopenedById))).ToList());
    }

    private static ThemeSummary Summary(ThemeBook book, ThemeLine line)
    {
        var sessions = book.Sessions.ToDictionary(s => s.Id);
        return new ThemeSummary(
            line.Theme.Id, line.Theme.Title, line.Theme.Gist, line.Theme.Version, line.Theme.IsSettled, line.Theme.SettledNote,
            line.Timeline.Select(t => new ThemeAt(sessions[t.SessionId].Kind, sessions[t.SessionId].Number, t.Status, t.Contributions)).ToList());
    }

    private static ProblemHttpResult NoSuchTheme() => ApiProblems.NotFound("This community has no theme with this id that you may see.");
}
