using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Rooms;

public enum ContributionOutcome
{
    Added = 0,

    // Sent before with this id (a retry, a double tap): stored once, nothing new.
    AlreadyStored = 1,

    // The prompt closed while they were typing: what they wrote is kept as a general contribution,
    // and they should be told so.
    KeptAsGeneral = 2,

    // See Errors, field by field.
    Invalid = 3,
    RoomNotOpen = 4,

    // A scaling answer with nothing written, sent after the question closed: nothing to keep.
    PromptClosed = 5,
    NotFound = 6,
}

public sealed record ContributionResult(
    ContributionOutcome Outcome, ContributionView? Contribution, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<RoomEventView> Events)
{
    public bool Stored => Outcome is ContributionOutcome.Added or ContributionOutcome.KeptAsGeneral or ContributionOutcome.AlreadyStored;

    internal static ContributionResult Just(ContributionOutcome outcome) => new(outcome, null, new Dictionary<string, string>(), []);
}

// Writing, answering, sharing a photo, and a scribe recording what someone said aloud; deleting
// one's own. Each contribution is stored, with its place in the room's sequence and the event
// that tells everyone, before the caller broadcasts the returned events. Who may do this is
// RoomAccess's to say; this only checks what the room itself decides.
public sealed class Contributions(RoundtableDb db, RoomChanges changes)
{
    public Task<ContributionResult> AddAsync(Guid roomId, Participant author, NewContribution input, CancellationToken cancellationToken = default) =>
        StoreAsync(roomId, author, input, spokenBy: null, spoken: false, cancellationToken);

    // The scribe is the author (and only they can delete it); the room sees the speaker's name as
    // they chose it, or none.
    public Task<ContributionResult> RecordSpokenAsync(Guid roomId, Guid scribeId, SpokenContribution input, CancellationToken cancellationToken = default) =>
        StoreAsync(
            roomId,
            Participant.Member(scribeId),
            new NewContribution(
                input.Id, input.PromptId, input.Text, input.Scale, input.GoodEnough, Anonymous: input.SpeakerId is null,
                BreakoutGroupNumber: input.BreakoutGroupNumber),
            input.SpeakerId,
            spoken: true,
            cancellationToken);

    // The author takes back what they said: its words and photo are erased, and everyone's view
    // loses it. Allowed after the room has closed too.
    public async Task<ContributionResult> DeleteAsync(Guid roomId, Guid contributionId, Participant author, CancellationToken cancellationToken = default)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        var contribution = change is null ? null
            : await db.Contributions.Include(c => c.Photo).SingleOrDefaultAsync(c => c.Id == contributionId && c.RoomId == roomId, cancellationToken);
        if (change is null || contribution is null || !IsBy(contribution, author))
        {
            return ContributionResult.Just(ContributionOutcome.NotFound);
        }

        if (contribution.DeletedAt is not null)
        {
            return ContributionResult.Just(ContributionOutcome.AlreadyStored);
        }

        await EraseAsync(change, contribution, cancellationToken);
        return new ContributionResult(ContributionOutcome.Added, null, new Dictionary<string, string>(), await change.CommitAsync(cancellationToken));
    }

    // The ids of what this participant contributed (and has not deleted): how their own client
    // knows which anonymous contributions are theirs.
    public Task<List<Guid>> MineAsync(Guid roomId, Participant participant, CancellationToken cancellationToken = default) =>
        db.Contributions.AsNoTracking()
            .Where(c => c.RoomId == roomId && c.DeletedAt == null &&
                        (participant.PersonId != null ? c.PersonId == participant.PersonId : c.GuestId == participant.GuestId))
            .OrderBy(c => c.Sequence).Select(c => c.Id).ToListAsync(cancellationToken);

    // Whom a scribe may name: an active member who chose to be named (anyone else's words are
    // recorded without a name), and in the chair's own group when a chair records for it.
    private async Task<bool> CanBeNamedAsync(Guid communityId, Guid sessionId, Guid personId, int? chairsGroup, CancellationToken cancellationToken)
    {
        var member = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .SingleOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null, cancellationToken);
        if (member is null || MemberNames.AsTheyChose(member) == MemberNames.NotNamed)
        {
            return false;
        }

        return chairsGroup is not { } group ||
            await db.BreakoutMembers.AnyAsync(b => b.SessionId == sessionId && b.Group.Number == group && b.PersonId == personId, cancellationToken);
    }

    // Its words, photo and meaning (ContributionMeaning) erased, its reactions gone, and every event that showed it now saying it
    // was removed, so a client catching up from the start never receives it.
    private async Task EraseAsync(RoomChange change, Contribution contribution, CancellationToken cancellationToken)
    {
        contribution.DeletedAt = change.Now;
        contribution.Text = null;
        contribution.Pinned = false;
        if (contribution.Photo is { } photo)
        {
            db.ContributionPhotos.Remove(photo);
        }

        await db.Reactions.Where(r => r.ContributionId == contribution.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ContributionMeanings.Where(m => m.ContributionId == contribution.Id).ExecuteDeleteAsync(cancellationToken);
        await change.RedactAsync(contribution.Id, RoomEventKind.ContributionDeleted, cancellationToken);
        change.Append(RoomEventKind.ContributionDeleted, new ContributionRemovedView(contribution.Id), contribution.Id);
    }

    // A scaling question is answered once per person: a second answer changes the first ("You
    // answered 7 — change your answer"), so the histogram and median count each person once. A
    // scribe's records of what people said aloud are theirs, not the scribe's, and stay.
    private async Task ReplaceEarlierScaleAnswersAsync(RoomChange change, Guid promptId, Participant author, CancellationToken cancellationToken)
    {
        var earlier = await db.Contributions.Include(c => c.Photo)
            .Where(c => c.RoomId == change.Room.Id && c.PromptId == promptId && c.Kind == ContributionKind.Scale && c.DeletedAt == null &&
                        (author.PersonId != null ? c.PersonId == author.PersonId : c.GuestId == author.GuestId))
            .ToListAsync(cancellationToken);
        foreach (var answer in earlier)
        {
            await EraseAsync(change, answer, cancellationToken);
        }
    }

    private static bool IsBy(Contribution contribution, Participant participant) =>
        participant.PersonId is { } person ? contribution.PersonId == person : contribution.GuestId == participant.GuestId;

    private async Task<ContributionResult> StoreAsync(
        Guid roomId, Participant author, NewContribution input, Guid? spokenBy, bool spoken, CancellationToken cancellationToken)
    {
        // Cleaned before the room is held for the change: decoding a photo takes a moment.
        var cleaned = input.Photo is { Bytes.Length: > 0 and <= ContributionPhoto.MaxBytes } sent ? PhotoCleaning.Clean(sent.Bytes) : null;
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        if (change is null)
        {
            return ContributionResult.Just(ContributionOutcome.NotFound);
        }

        var names = new RoomNames(db);
        var communityId = change.Room.Session.CommunityId;
        if (await db.Contributions.AsNoTracking().Include(c => c.Photo).SingleOrDefaultAsync(c => c.Id == input.Id, cancellationToken) is { } existing)
        {
            if (existing.RoomId != roomId || !IsBy(existing, author))
            {
                return ContributionResult.Just(ContributionOutcome.NotFound);
            }

            await names.LoadAsync(communityId, [existing], cancellationToken);
            var view = existing.IsVisible ? RoomNames.View(existing, names.NameOf(existing)) : null;
            return new ContributionResult(ContributionOutcome.AlreadyStored, view, new Dictionary<string, string>(), []);
        }

        if (!RoomAccess.CanContribute(change.Room.State))
        {
            return ContributionResult.Just(ContributionOutcome.RoomNotOpen);
        }

        RoomPrompt? prompt = null;
        if (input.PromptId is { } promptId)
        {
            prompt = await db.RoomPrompts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == promptId && p.RoomId == roomId, cancellationToken);
            if (prompt is null)
            {
                return ContributionResult.Just(ContributionOutcome.NotFound);
            }
        }

        var errors = ContributionRules.Check(input, prompt, spoken);
        if (spokenBy is { } speaker && !await CanBeNamedAsync(communityId, change.Room.SessionId, speaker, input.BreakoutGroupNumber, cancellationToken))
        {
            errors[ContributionRules.SpeakerField] = input.BreakoutGroupNumber is null
                ? "Choose someone in the community, or record it without a name"
                : "Choose someone in your group, or record it without a name";
        }

        var group = input.BreakoutGroupNumber;
        if (group is { } number && !await db.BreakoutGroups.AnyAsync(g => g.SessionId == change.Room.SessionId && g.Number == number, cancellationToken))
        {
            errors["BreakoutGroupNumber"] = "There is no such breakout group";
        }

        if (input.Photo is not null && cleaned is null && !errors.ContainsKey(ContributionRules.PhotoField))
        {
            errors[ContributionRules.PhotoField] = ContributionRules.UnreadablePhoto;
        }

        if (errors.Count > 0)
        {
            return new ContributionResult(ContributionOutcome.Invalid, null, errors, []);
        }

        var outcome = ContributionOutcome.Added;
        var text = input.Text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        if (prompt is { IsOpen: false })
        {
            if (text is null && input.Photo is null)
            {
                return ContributionResult.Just(ContributionOutcome.PromptClosed);
            }

            prompt = null;
            outcome = ContributionOutcome.KeptAsGeneral;
        }

        if (group is null && prompt is { Audience: PromptAudience.EachBreakoutGroup } && author.PersonId is { } personId)
        {
            group = (await LiveRooms.BreakoutSeatAsync(db, change.Room.SessionId, personId, cancellationToken)).Group;
        }

        // A question that closed while they typed keeps no number (they are told it was kept as general).
        var answersScale = prompt?.Kind == PromptKind.Scaling;
        if (answersScale && !spoken)
        {
            // Before the new answer takes its number: the removals come first in the room's log.
            await ReplaceEarlierScaleAnswersAsync(change, prompt!.Id, author, cancellationToken);
        }

        var contribution = new Contribution
        {
            Id = input.Id,
            RoomId = roomId,
            Sequence = change.NextSequence,
            PromptId = prompt?.Id,
            BreakoutGroupNumber = group,
            Kind = spoken ? ContributionKind.Spoken : ContributionRules.KindFor(prompt, input.Photo is not null),
            PersonId = author.PersonId,
            GuestId = author.GuestId,
            Anonymous = input.Anonymous,
            SpokenById = spokenBy,
            Text = text,
            Scale = answersScale ? input.Scale : null,
            GoodEnough = answersScale && prompt!.AsksGoodEnough ? input.GoodEnough : null,
            CreatedAt = change.Now,
        };
        if (input.Photo is { } photo)
        {
            contribution.Photo = new ContributionPhoto
            {
                ContributionId = contribution.Id,
                Bytes = cleaned!.Bytes,
                ContentType = cleaned.ContentType,
                Description = photo.Description!.Trim(),
            };
        }

        db.Contributions.Add(contribution);
        await names.LoadAsync(communityId, [contribution], cancellationToken);
        var added = RoomNames.View(contribution, names.NameOf(contribution));
        change.Append(RoomEventKind.ContributionAdded, added, contribution.Id);
        return new ContributionResult(outcome, added, new Dictionary<string, string>(), await change.CommitAsync(cancellationToken));
    }
}
