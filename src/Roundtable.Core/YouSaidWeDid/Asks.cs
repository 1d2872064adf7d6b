using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.YouSaidWeDid;

// "You said, we did": adding a request or commitment to the community's ledger and changing it.
// Every change is kept, dated and signed (AskChange); the rules are checked here for the pages
// and the API alike.
public sealed class Asks(RoundtableDb db, TimeProvider clock, NextActions feedback)
{
    // Owner: a membership or a sub-group of the community; DueOn as typed ("3 March 2027").
    public sealed record NewAsk(
        string? Words, AskSource Source, Guid? ContributionId, Guid? ThemeId, Guid? OwnerMembershipId, Guid? OwnerSubGroupId, string? DueOn, Guid SubmissionKey,
        Guid? FeedbackAnswerId = null);

    // The request as it should be after the change. SeenVersion is the version the person was
    // shown; without one, it changes the request as it is now.
    public sealed record Update(
        AskStatus? Status, string? Reason, string? RaisedWith, Guid? OwnerMembershipId, Guid? OwnerSubGroupId, string? DueOn, int? SeenVersion);

    public enum Outcome
    {
        Saved,
        Unchanged,

        // What they sent has Problems: nothing changed.
        Invalid,
        ChangedMeanwhile,
        NotAllowed,
        NotFound,
    }

    // Meanwhile: the change someone else made since the version this person saw.
    public sealed record Result(Outcome Outcome, Ask? Ask, IReadOnlyList<Problem> Problems, AskChange? Meanwhile = null);

    public async Task<Result> AddAsync(Guid communityId, NewAsk input, Guid byId, CancellationToken cancellationToken = default)
    {
        if (await FindBySubmissionAsync(input.SubmissionKey, cancellationToken) is { } already)
        {
            return already.CommunityId == communityId ? new(Outcome.Unchanged, already, []) : new(Outcome.NotFound, null, []);
        }

        var problems = new Problems();
        var source = await ReadSourceAsync(communityId, input, problems, cancellationToken);
        if (source.FromPreparationMeeting && !await InLivedExpertSpaceAsync(communityId, byId, cancellationToken))
        {
            // Said as if it were not there: what was said in a preparation meeting does not exist
            // to anyone outside the lived-expert group.
            problems.Add(input.Source == AskSource.Theme ? nameof(NewAsk.ThemeId) : nameof(NewAsk.ContributionId),
                input.Source == AskSource.Theme ? "Choose a theme from this community" : "Choose a contribution from this community");
            source = new(null, null, false);
        }

        var words = problems.Required(nameof(NewAsk.Words), input.Words ?? source.Words, "Enter what was asked", "What was asked", Ask.WordsMaxLength);
        await CheckOwnerAsync(communityId, input.OwnerMembershipId, input.OwnerSubGroupId, nameof(NewAsk.OwnerMembershipId), problems, cancellationToken);
        var dueOn = ReadDueOn(input.DueOn, nameof(NewAsk.DueOn), changedFrom: null, problems);
        if (problems.Any || words is null)
        {
            return new(Outcome.Invalid, null, problems);
        }

        var now = clock.GetUtcNow();
        var ask = new Ask
        {
            CommunityId = communityId,
            Words = words,
            AskerId = source.AskerId,
            Source = input.Source,
            ContributionId = input.Source == AskSource.Contribution ? input.ContributionId : null,
            ThemeId = input.Source == AskSource.Theme ? input.ThemeId : null,
            FeedbackAnswerId = input.Source == AskSource.FeedbackAnswer ? input.FeedbackAnswerId : null,
            FromPreparationMeeting = source.FromPreparationMeeting,
            OwnerMembershipId = input.OwnerMembershipId,
            OwnerSubGroupId = input.OwnerMembershipId is null ? input.OwnerSubGroupId : null,
            DueOn = dueOn,
            Status = AskStatus.Open,
            CreatedAt = now,
            CreatedById = byId,
            SubmissionKey = input.SubmissionKey,
        };
        ask.Changes.Add(new AskChange { AskId = ask.Id, To = AskStatus.Open, Decision = new Decision(byId, now) });
        db.Asks.Add(ask);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the first one made it.
            db.ChangeTracker.Clear();
            if (await FindBySubmissionAsync(input.SubmissionKey, cancellationToken) is { } sent)
            {
                return new(Outcome.Unchanged, sent, []);
            }

            throw;
        }

        return new(Outcome.Saved, ask, []);
    }

    // Changes status, owner or due date, checking who may (co-leads and the owner) and what the
    // person saw: someone else's change in between is returned, not overwritten.
    public async Task<Result> UpdateAsync(Guid communityId, Guid askId, Update input, Membership? by, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Writing the row to what it holds takes its lock (PostgreSQL) or the write lock (SQLite),
        // so two changes at once take turns and the second sees the first.
        if (await db.Asks.Where(a => a.Id == askId && a.CommunityId == communityId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Version, a => a.Version), cancellationToken) == 0)
        {
            return new(Outcome.NotFound, null, []);
        }

        var ask = await db.Asks.Include(a => a.Changes).SingleAsync(a => a.Id == askId, cancellationToken);
        if (!AskRules.CanSee(ask, by))
        {
            return new(Outcome.NotFound, null, []);
        }

        var subGroups = by is null ? [] : await SubGroupsOfAsync(by.Id, cancellationToken);
        if (!AskRules.MayChange(ask, by, subGroups))
        {
            return new(Outcome.NotAllowed, ask, []);
        }

        var problems = new Problems();
        var status = problems.Chosen(nameof(Update.Status), input.Status, "Choose what has happened to it") ?? ask.Status;
        var reason = status == AskStatus.NotUpheld
            ? problems.Required(nameof(Update.Reason), input.Reason, "Say why it is not upheld", "The reason", AskChange.ReasonMaxLength)
            : problems.Optional(nameof(Update.Reason), input.Reason, "The note", AskChange.ReasonMaxLength);
        var raisedWith = status == AskStatus.OutsideOurControl
            ? problems.Required(nameof(Update.RaisedWith), input.RaisedWith, "Say who it was raised with", "Who it was raised with", AskChange.RaisedWithMaxLength)
            : null;
        var ownerChanged = input.OwnerMembershipId != ask.OwnerMembershipId || (input.OwnerMembershipId is null && input.OwnerSubGroupId != ask.OwnerSubGroupId);
        if (ownerChanged)
        {
            await CheckOwnerAsync(communityId, input.OwnerMembershipId, input.OwnerSubGroupId, nameof(Update.OwnerMembershipId), problems, cancellationToken);
        }

        var dueOn = ReadDueOn(input.DueOn, nameof(Update.DueOn), changedFrom: ask.DueOn, problems);
        var latest = ask.Changes.OrderBy(c => c.Decision.At).ThenBy(c => c.Id).Last();
        // Someone else's change comes first, even before what is wrong with this one: it may be why.
        if (input.SeenVersion is { } seen && seen != ask.Version)
        {
            return new(Outcome.ChangedMeanwhile, ask, [], latest);
        }

        if (problems.Any)
        {
            return new(Outcome.Invalid, ask, problems);
        }

        var subGroupOwner = input.OwnerMembershipId is null ? input.OwnerSubGroupId : null;
        var dueChanged = dueOn != ask.DueOn;
        if (status == ask.Status && !ownerChanged && !dueChanged && reason is null)
        {
            return new(Outcome.Unchanged, ask, []);
        }

        var note = new List<string>();
        if (dueChanged)
        {
            note.Add(dueOn is { } due ? $"Due {AskRules.Due(due)}" : "No due date");
        }

        if (ownerChanged)
        {
            note.Add("Owner changed");
        }

        db.AskChanges.Add(new AskChange
        {
            AskId = ask.Id,
            From = ask.Status,
            To = status,
            Decision = new Decision(by!.PersonId, clock.GetUtcNow(), reason),
            RaisedWith = raisedWith,
            Note = note.Count == 0 ? null : string.Join("; ", note),
        });
        ask.Status = status;
        ask.OwnerMembershipId = input.OwnerMembershipId;
        ask.OwnerSubGroupId = subGroupOwner;
        ask.DueOn = dueOn;
        ask.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(Outcome.Saved, ask, []);
    }

    public async Task SetBoardPublicAsync(Guid communityId, bool isPublic, CancellationToken cancellationToken = default) =>
        await db.Communities.Where(c => c.Id == communityId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AskBoardIsPublic, isPublic), cancellationToken);

    public async Task<IReadOnlyCollection<Guid>> SubGroupsOfAsync(Guid membershipId, CancellationToken cancellationToken) =>
        await db.SubGroupMembers.Where(m => m.MembershipId == membershipId).Select(m => m.SubGroupId).ToListAsync(cancellationToken);

    // The words "Make this a request" starts the form with: the contribution's, the theme's gist or
    // what the answer shared, when the person may read them; nothing otherwise.
    public async Task<string?> StartingWordsAsync(Guid communityId, NewAsk input, Guid byId, CancellationToken cancellationToken = default)
    {
        var source = await ReadSourceAsync(communityId, input, new Problems(), cancellationToken);
        return source.FromPreparationMeeting && !await InLivedExpertSpaceAsync(communityId, byId, cancellationToken) ? null : source.Words;
    }

    private async Task<bool> InLivedExpertSpaceAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        CommunityAccess.InLivedExpertSpace(
            await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == personId, cancellationToken));

    private Task<Ask?> FindBySubmissionAsync(Guid key, CancellationToken cancellationToken) =>
        db.Asks.AsNoTracking().SingleOrDefaultAsync(a => a.SubmissionKey == key, cancellationToken);

    private sealed record Source(string? Words, Guid? AskerId, bool FromPreparationMeeting);

    // The contribution, theme or feedback answer it came from, in this community: its words start the request's,
    // and where it was heard decides who may see it.
    private async Task<Source> ReadSourceAsync(Guid communityId, NewAsk input, Problems problems, CancellationToken cancellationToken)
    {
        switch (input.Source)
        {
            case AskSource.Contribution:
                var said = await (
                        from c in db.Contributions.AsNoTracking()
                        join r in db.Rooms on c.RoomId equals r.Id
                        where c.Id == input.ContributionId && c.DeletedAt == null && !c.Hidden
                        select new { Contribution = c, r.Session.CommunityId, r.Session.Kind })
                    .SingleOrDefaultAsync(cancellationToken);
                if (said is null || said.CommunityId != communityId)
                {
                    problems.Add(nameof(NewAsk.ContributionId), "Choose a contribution from this community");
                    return new(null, null, false);
                }

                return new(said.Contribution.Text, QuoteAttribution.SpeakerOf(said.Contribution), said.Kind == SessionKind.PreparationMeeting);
            case AskSource.Theme:
                var theme = await db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.ThemeId && t.CommunityId == communityId, cancellationToken);
                if (theme is null)
                {
                    problems.Add(nameof(NewAsk.ThemeId), "Choose a theme from this community");
                    return new(null, null, false);
                }

                var heardIn = await (
                        from tc in db.ThemeContributions
                        join r in db.Rooms on tc.Contribution.RoomId equals r.Id
                        where tc.ThemeId == theme.Id
                        select r.Session.Kind)
                    .Distinct().ToListAsync(cancellationToken);
                return new(theme.Gist ?? theme.Title, null, heardIn.Count > 0 && heardIn.TrueForAll(k => k == SessionKind.PreparationMeeting));
            case AskSource.FeedbackAnswer:
                if (input.FeedbackAnswerId is not { } answerId || await feedback.FindAnswerAsync(communityId, answerId, cancellationToken) is not { } answer)
                {
                    problems.Add(nameof(NewAsk.FeedbackAnswerId), "Choose a feedback answer from this community");
                    return new(null, null, false);
                }

                return new(NextActions.WordsOthersMaySee(answer), answer.PersonId, false);
            case AskSource.Direct:
                return new(null, null, false);
            default:
                problems.Add(nameof(NewAsk.Source), "Choose where the request came from");
                return new(null, null, false);
        }
    }

    private async Task CheckOwnerAsync(Guid communityId, Guid? membershipId, Guid? subGroupId, string field, Problems problems, CancellationToken cancellationToken)
    {
        if (membershipId is { } person)
        {
            if (!await db.Memberships.AnyAsync(m => m.Id == person && m.CommunityId == communityId && m.LeftAt == null, cancellationToken))
            {
                problems.Add(field, "Choose an owner who is a member of this community");
            }
        }
        else if (subGroupId is { } group && !await db.SubGroups.AnyAsync(g => g.Id == group && g.CommunityId == communityId, cancellationToken))
        {
            problems.Add(field, "Choose an owner who is a member of this community");
        }
    }

    // A due date is in the future when it is set or changed; one already passed may stay.
    private DateOnly? ReadDueOn(string? text, string field, DateOnly? changedFrom, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TypedDates.ParseDate(text) is not { } due)
        {
            problems.Add(field, "Enter a real date, like 3 March 2027");
            return null;
        }

        if (due != changedFrom && due < UkTimeZone.Today(clock))
        {
            problems.Add(field, "The due date must be today or in the future");
            return changedFrom;
        }

        return due;
    }
}
