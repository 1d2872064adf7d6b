using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Connections;

public enum FeedbackOutcome
{
    Saved,
    Invalid,

    // Not a session this person came to, or one that has not started: nothing is saved, Refusal says why.
    Refused,
    NotFound,
}

public sealed record FeedbackResult(FeedbackOutcome Outcome, SessionFeedback? Answer, IReadOnlyList<Problem> Problems, string? Refusal = null);

// "N of M respondents named a next action": M answered the form, N of them named one.
public sealed record NextActionCount(int Named, int Respondents)
{
    public string Summary => Respondents == 0
        ? "Nobody has answered the feedback yet"
        : $"{Named} of {Respondents} {(Respondents == 1 ? "respondent" : "respondents")} named a next action";
}

// A next action as someone other than its author may read it: shared with the community, put
// down to its author only as they consented to be quoted.
public sealed record SharedNextAction(Guid AnswerId, int SessionNumber, string NextAction, string By, bool Done, string? Outcome);

// One answer as the session's facilitators read it: what was useful, and the next action only when
// its author shared it; put down to its author only as they consented to be quoted.
public sealed record AnswerForFacilitators(Guid AnswerId, string? Useful, string? SharedNextAction, string By);

// The short form after a session, and the next actions in it. Only someone the register shows
// came may answer, once the session has started; answering again changes their one answer.
public sealed class NextActions(RoundtableDb db, TimeProvider clock)
{
    public const string NotThere = "Only people who came to this session can give feedback on it";
    public const string NotYet = "Feedback opens when the session starts";
    public const string NoOne = "Someone who prefers not to be named";

    // Done: the next action is done; Outcome: what happened, whether or not it was done.
    public sealed record Answer(string? Useful, string? NextAction, bool Shared, bool Done = false, string? Outcome = null);

    public Task<FeedbackResult> AnswerAsync(Guid sessionId, Guid personId, Answer input, CancellationToken cancellationToken = default) =>
        AnswerAsync(sessionId, personId, input, again: false, cancellationToken);

    private async Task<FeedbackResult> AnswerAsync(Guid sessionId, Guid personId, Answer input, bool again, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return new(FeedbackOutcome.NotFound, null, []);
        }

        if (WhyClosed(session, clock.GetUtcNow()) is { } closed)
        {
            return new(FeedbackOutcome.Refused, null, [], closed);
        }

        if (!await db.Attendance.AnyAsync(a => a.SessionId == sessionId && a.PersonId == personId, cancellationToken))
        {
            return new(FeedbackOutcome.Refused, null, [], NotThere);
        }

        var problems = new Problems();
        var useful = problems.Optional(nameof(Answer.Useful), input.Useful, "What was useful", SessionFeedback.UsefulMaxLength);
        var nextAction = problems.Optional(nameof(Answer.NextAction), input.NextAction, "Your next action", SessionFeedback.NextActionMaxLength);
        var outcome = problems.Optional(nameof(Answer.Outcome), input.Outcome, "What happened", SessionFeedback.OutcomeMaxLength);
        if (useful is null && nextAction is null && !problems.Any)
        {
            problems.Add(nameof(Answer.Useful), "Say what was useful, or what you will take back into your work");
        }

        if (input.Done && nextAction is null && !problems.About(nameof(Answer.NextAction)))
        {
            problems.Add(nameof(Answer.NextAction), "Say what your next action was before marking it done");
        }

        if (problems.Any)
        {
            return new(FeedbackOutcome.Invalid, null, problems);
        }

        var now = clock.GetUtcNow();
        var answer = await db.SessionFeedback.SingleOrDefaultAsync(f => f.SessionId == sessionId && f.PersonId == personId, cancellationToken);
        if (answer is null)
        {
            answer = new SessionFeedback { SessionId = sessionId, PersonId = personId, AnsweredAt = now };
            db.SessionFeedback.Add(answer);
        }

        answer.Useful = useful;
        answer.NextAction = nextAction;
        answer.NextActionShared = nextAction is not null && input.Shared;
        answer.NextActionDoneAt = input.Done ? answer.NextActionDoneAt ?? now : null;
        answer.Outcome = outcome;
        answer.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!again)
        {
            // The same form sent twice at once: the first made the answer; this one changes it.
            db.ChangeTracker.Clear();
            return await AnswerAsync(sessionId, personId, input, again: true, cancellationToken);
        }

        return new(FeedbackOutcome.Saved, answer, []);
    }

    public static string? WhyClosed(Session session, DateTimeOffset now) =>
        session.Kind != SessionKind.Session || session.IsCancelled ? NotThere
        : session.StartsAt > now ? NotYet
        : null;

    // One answer by its id, for the ledger to turn into a request.
    public Task<SessionFeedback?> FindAnswerAsync(Guid communityId, Guid answerId, CancellationToken cancellationToken = default) =>
        db.SessionFeedback.AsNoTracking().Include(f => f.Session)
            .SingleOrDefaultAsync(f => f.Id == answerId && f.Session.CommunityId == communityId, cancellationToken);

    // The words of an answer that may start a request: what was useful, or a next action its author shared.
    public static string? WordsOthersMaySee(SessionFeedback answer) => answer.Useful ?? (answer.NextActionShared ? answer.NextAction : null);

    public Task<SessionFeedback?> YoursAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken = default) =>
        db.SessionFeedback.AsNoTracking().SingleOrDefaultAsync(f => f.SessionId == sessionId && f.PersonId == personId, cancellationToken);

    public Task<bool> CameAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken = default) =>
        db.Attendance.AnyAsync(a => a.SessionId == sessionId && a.PersonId == personId, cancellationToken);

    public async Task<NextActionCount> CountAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var answers = db.SessionFeedback.Where(f => f.SessionId == sessionId);
        return new(await answers.CountAsync(f => f.NextAction != null, cancellationToken), await answers.CountAsync(cancellationToken));
    }

    // A member's own answers, newest session first.
    public Task<List<SessionFeedback>> AllYoursAsync(Guid communityId, Guid personId, CancellationToken cancellationToken = default) =>
        db.SessionFeedback.AsNoTracking().Include(f => f.Session)
            .Where(f => f.Session.CommunityId == communityId && f.PersonId == personId)
            .OrderByDescending(f => f.Session.StartsAt)
            .ToListAsync(cancellationToken);

    // Everyone else's next actions they shared with the community, newest session first.
    public async Task<IReadOnlyList<SharedNextAction>> SharedAsync(Guid communityId, Guid? exceptPersonId, CancellationToken cancellationToken = default)
    {
        var shared = await db.SessionFeedback.AsNoTracking()
            .Where(f => f.Session.CommunityId == communityId && f.NextActionShared && f.NextAction != null && f.PersonId != exceptPersonId)
            .OrderByDescending(f => f.Session.StartsAt).ThenBy(f => f.AnsweredAt)
            .Select(f => new { f.Id, f.Session.Number, f.NextAction, f.NextActionDoneAt, f.Outcome, f.PersonId })
            .ToListAsync(cancellationToken);
        var people = shared.Select(f => f.PersonId).Distinct().ToList();
        var authors = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && people.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
        return shared.Select(f => new SharedNextAction(
            f.Id, f.Number, f.NextAction!, AttributedTo(authors.GetValueOrDefault(f.PersonId)), f.NextActionDoneAt is not null, f.Outcome)).ToList();
    }

    // Every answer to one session, for its facilitators to turn into requests. A next action kept
    // private stays its author's alone, even here.
    public async Task<IReadOnlyList<AnswerForFacilitators>> AnswersAsync(Guid communityId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var answers = await db.SessionFeedback.AsNoTracking()
            .Where(f => f.SessionId == sessionId && f.Session.CommunityId == communityId && (f.Useful != null || (f.NextActionShared && f.NextAction != null)))
            .OrderBy(f => f.AnsweredAt)
            .ToListAsync(cancellationToken);
        var people = answers.Select(f => f.PersonId).Distinct().ToList();
        var authors = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && people.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
        return answers.Select(f => new AnswerForFacilitators(
            f.Id, f.Useful, f.NextActionShared ? f.NextAction : null, AttributedTo(authors.GetValueOrDefault(f.PersonId)))).ToList();
    }

    private static string AttributedTo(Membership? author) =>
        author is null ? NoOne
        : QuoteAttribution.For(author.QuoteConsent, author.Naming, author.Person.DisplayName, author.JobRole, author.Organisation).Text ?? NoOne;
}
