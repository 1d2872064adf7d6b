using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.ChatImports;

public enum ChatImportChange
{
    Done,

    // Already so: the same submission confirmed twice, an import undone twice, a sender mapped twice.
    Unchanged,

    // No such import of this session, or no such sender in it.
    NotFound,

    // What they sent has Problems: nothing changed.
    Invalid,
}

// A meeting's chat or transcript brought into a session's room as its contributions: previewed
// exactly as it will be imported (nothing saved), imported all together or not at all, and undone
// as a whole. Senders are matched to members as attendance imports match them (MemberMatcher,
// with the community's remembered choices); a matched sender is named only as they chose, a
// sender nobody matched is anonymous until someone who imports says who they were. A message
// longer than a contribution may be is kept whole, as consecutive contributions.
public sealed class ImportedChats(RoundtableDb db, LiveRooms rooms, RoomChanges changes)
{
    public const string TextField = "Text";
    public const string PersonField = "PersonId";
    public const string NotMatched = "Not matched";

    // Source: Chat or Transcript; Text: what was pasted or the file's text.
    public sealed record Pasted(ContributionSource Source, string? Text);

    // Sender: as the tool wrote it; ShownAs: as the room will show it ("Not matched" stays
    // anonymous); Parts: how many contributions the message makes.
    public sealed record PreviewMessage(int Line, string? Time, string Sender, string? Email, string ShownAs, bool Matched, string Text, int Parts);

    public sealed record Preview(
        ContributionSource Source,
        string Layout,
        IReadOnlyList<PreviewMessage> Messages,
        int SystemLines,
        int PrivateMessages,
        IReadOnlyList<string> Links,
        IReadOnlyList<string> NotMatchedSenders)
    {
        public int Contributions => Messages.Sum(m => m.Parts);
    }

    // FirstLines: a chat we could not read, as we saw it.
    public sealed record Previewed(Preview? Preview, IReadOnlyList<Problem> Problems, IReadOnlyList<string> FirstLines);

    public sealed record Imported(ChatImportChange Change, ContributionImport? Import, IReadOnlyList<Problem> Problems, IReadOnlyList<string> FirstLines);

    public sealed record Undone(ChatImportChange Change, ContributionImport? Import);

    // A sender of an import, as written, and how many of its contributions are theirs.
    public sealed record Sender(string Name, string? Email, int Contributions, string? ShownAs);

    public sealed record Mapped(ChatImportChange Change, string? Sender, string? ShownAs, int Contributions, IReadOnlyList<Problem> Problems);

    public static ChatReading Read(Pasted pasted) =>
        pasted.Source == ContributionSource.Transcript ? Transcript.Read(pasted.Text) : MeetingChat.Read(pasted.Text);

    // Exactly what confirming would import now; nothing is saved.
    public async Task<Previewed> PreviewAsync(Session session, Pasted pasted, CancellationToken cancellationToken = default)
    {
        var reading = Read(pasted);
        if (reading.Problem is { } problem)
        {
            return new Previewed(null, [new Problem(TextField, problem)], reading.FirstLines);
        }

        var preview = await PreviewOfAsync(session, pasted.Source, reading, cancellationToken);
        if (preview.Messages.Count == 0)
        {
            return new Previewed(null, [new Problem(TextField, Nothing(pasted.Source))], []);
        }

        return new Previewed(preview, [], []);
    }

    // Imports it all or nothing, in the order written, after anything already in the room. The
    // same SubmissionKey again imports nothing and answers the first import.
    public async Task<Imported> ImportAsync(
        Session session, Pasted pasted, Guid submissionKey, Guid importedById, CancellationToken cancellationToken = default)
    {
        if (pasted.Source == ContributionSource.Room)
        {
            return new Imported(ChatImportChange.Invalid, null, [new Problem(nameof(Pasted.Source), "Choose a chat or a transcript")], []);
        }

        if (await db.ContributionImports.AsNoTracking().SingleOrDefaultAsync(i => i.SubmissionKey == submissionKey, cancellationToken) is { } earlier)
        {
            return earlier.SessionId == session.Id
                ? new Imported(ChatImportChange.Unchanged, earlier, [], [])
                : new Imported(ChatImportChange.NotFound, null, [], []);
        }

        var previewed = await PreviewAsync(session, pasted, cancellationToken);
        if (previewed.Preview is not { } preview)
        {
            return new Imported(ChatImportChange.Invalid, null, previewed.Problems, previewed.FirstLines);
        }

        var room = await rooms.GetOrCreateAsync(session.Id, cancellationToken);
        await using var change = await changes.BeginAsync(room.Id, cancellationToken);
        if (change is null)
        {
            return new Imported(ChatImportChange.NotFound, null, [], []);
        }

        // Holding the room: a second submission that got this far while the first was saved.
        if (await db.ContributionImports.AsNoTracking().SingleOrDefaultAsync(i => i.SubmissionKey == submissionKey, cancellationToken) is { } raced)
        {
            return new Imported(ChatImportChange.Unchanged, raced, [], []);
        }

        var matcher = await MemberMatcher.ForCommunityAsync(db, session.CommunityId, cancellationToken);
        var members = (await MayBeSendersAsync(session, cancellationToken)).ToDictionary(m => m.PersonId);
        var import = new ContributionImport
        {
            SubmissionKey = submissionKey,
            SessionId = session.Id,
            RoomId = room.Id,
            Source = preview.Source,
            Layout = preview.Layout,
            ImportedById = importedById,
            ImportedAt = change.Now,
            Messages = preview.Messages.Count,
            Contributions = preview.Contributions,
            Matched = preview.Messages.Count(m => m.Matched),
            SystemLines = preview.SystemLines,
            Links = Truncate(string.Join('\n', preview.Links), ContributionImport.LinksMaxLength),
        };
        db.ContributionImports.Add(import);

        foreach (var message in preview.Messages)
        {
            var personId = matcher.Match(message.Sender, message.Email).PersonId;
            var member = personId is { } id ? members.GetValueOrDefault(id) : null;
            foreach (var part in Parts(message.Text))
            {
                var contribution = new Contribution
                {
                    Id = Guid.CreateVersion7(),
                    RoomId = room.Id,
                    Sequence = change.NextSequence,
                    Kind = preview.Source == ContributionSource.Transcript ? ContributionKind.Spoken : ContributionKind.Text,
                    PersonId = member?.PersonId,
                    SpokenById = preview.Source == ContributionSource.Transcript ? member?.PersonId : null,
                    Anonymous = member is null || MemberNames.AsTheyChose(member) == MemberNames.NotNamed,
                    Text = part,
                    CreatedAt = change.Now,
                    Source = preview.Source,
                    ImportId = import.Id,
                    SenderName = Truncate(message.Sender, Contribution.SenderNameMaxLength),
                    SenderEmail = message.Email is { Length: <= Contribution.SenderEmailMaxLength } email ? email : null,
                    SaidAt = message.Time is { Length: > 0 } time ? Truncate(time, Contribution.SaidAtMaxLength) : null,
                };
                db.Contributions.Add(contribution);
                change.Append(RoomEventKind.ContributionAdded, RoomNames.View(contribution, member is null ? null : MemberNames.AsTheyChose(member)), contribution.Id);
            }
        }

        await change.CommitAsync(cancellationToken);
        return new Imported(ChatImportChange.Done, import, [], []);
    }

    // Takes back everything the import brought: its contributions are erased as an author's
    // deleted ones are (their words gone, their reactions and events with them), so a theme
    // that used one finds it deleted. Undoing again changes nothing.
    public async Task<Undone> UndoAsync(Session session, Guid importId, Guid undoneById, CancellationToken cancellationToken = default)
    {
        var found = await db.ContributionImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.SessionId == session.Id, cancellationToken);
        if (found is null)
        {
            return new Undone(ChatImportChange.NotFound, null);
        }

        await using var change = await changes.BeginAsync(found.RoomId, cancellationToken);
        var import = await db.ContributionImports.SingleAsync(i => i.Id == importId, cancellationToken);
        if (change is null || import.UndoneAt is not null)
        {
            return new Undone(ChatImportChange.Unchanged, import);
        }

        var contributions = await db.Contributions.Where(c => c.ImportId == importId && c.DeletedAt == null).ToListAsync(cancellationToken);
        var ids = contributions.Select(c => c.Id).ToList();
        await db.Reactions.Where(r => ids.Contains(r.ContributionId)).ExecuteDeleteAsync(cancellationToken);
        await db.ContributionMeanings.Where(m => ids.Contains(m.ContributionId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var contribution in contributions)
        {
            contribution.DeletedAt = change.Now;
            contribution.Text = null;
            contribution.Pinned = false;
            await change.RedactAsync(contribution.Id, RoomEventKind.ContributionDeleted, cancellationToken);
            change.Append(RoomEventKind.ContributionDeleted, new ContributionRemovedView(contribution.Id), contribution.Id);
        }

        import.UndoneAt = change.Now;
        import.UndoneById = undoneById;
        await change.CommitAsync(cancellationToken);
        return new Undone(ChatImportChange.Done, import);
    }

    // The senders of an import, those nobody matched first, with how each is shown now.
    public async Task<IReadOnlyList<Sender>> SendersAsync(Session session, ContributionImport import, CancellationToken cancellationToken = default)
    {
        var contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.ImportId == import.Id && c.DeletedAt == null)
            .Select(c => new { c.SenderName, c.SenderEmail, c.PersonId, c.Anonymous })
            .ToListAsync(cancellationToken);
        var members = (await MemberMatcher.ActiveMembersAsync(db, session.CommunityId, cancellationToken)).ToDictionary(m => m.PersonId);
        return contributions
            .GroupBy(c => (c.SenderName ?? "", c.SenderEmail, c.PersonId))
            .Select(g => new Sender(g.Key.Item1, g.Key.SenderEmail, g.Count(),
                g.Key.PersonId is { } id ? members.TryGetValue(id, out var m) ? MemberNames.AsTheyChose(m) : MemberNames.NotNamed : null))
            .OrderBy(s => s.ShownAs is not null).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    // Someone who imports says who a sender nobody matched was: that sender's contributions in
    // every import of this session become the member's, named as they chose, and the community's
    // next import of a chat, transcript or attendance report matches the sender without asking.
    public async Task<Mapped> MapAsync(
        Session session, Guid importId, string? senderName, string? senderEmail, Guid? personId, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if (personId is not { } chosen)
        {
            problems.Add(PersonField, "Choose the member who sent these messages");
            return new Mapped(ChatImportChange.Invalid, senderName, null, 0, problems);
        }

        var import = await db.ContributionImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.SessionId == session.Id, cancellationToken);
        if (import is null || import.UndoneAt is not null || string.IsNullOrEmpty(senderName))
        {
            return new Mapped(ChatImportChange.NotFound, senderName, null, 0, []);
        }

        var member = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .SingleOrDefaultAsync(m => m.CommunityId == session.CommunityId && m.PersonId == chosen && m.LeftAt == null, cancellationToken);
        if (member is null)
        {
            problems.Add(PersonField, "Choose someone who is a member of this community now");
            return new Mapped(ChatImportChange.Invalid, senderName, null, 0, problems);
        }

        if (!SessionAccess.CanSee(session.Kind, member))
        {
            problems.Add(PersonField, "Choose someone in the lived-expert group: only they and the co-leads are at a preparation meeting");
            return new Mapped(ChatImportChange.Invalid, senderName, null, 0, problems);
        }

        // The sender is the same person in every import of this session (the chat and the
        // transcript of one meeting, or a chat imported in parts), so all of theirs become the member's.
        var imports = db.ContributionImports.Where(i => i.SessionId == session.Id && i.UndoneAt == null).Select(i => (Guid?)i.Id);
        await using var change = await changes.BeginAsync(import.RoomId, cancellationToken);
        var theirs = change is null ? [] : await db.Contributions
            .Where(c => imports.Contains(c.ImportId) && c.DeletedAt == null && c.PersonId == null && c.SenderName == senderName && c.SenderEmail == senderEmail)
            .ToListAsync(cancellationToken);
        var name = MemberNames.AsTheyChose(member);
        if (theirs.Count == 0)
        {
            var already = await db.Contributions.AnyAsync(
                c => imports.Contains(c.ImportId) && c.SenderName == senderName && c.SenderEmail == senderEmail && c.PersonId != null, cancellationToken);
            return new Mapped(already ? ChatImportChange.Unchanged : ChatImportChange.NotFound, senderName, name, 0, []);
        }

        foreach (var contribution in theirs)
        {
            contribution.PersonId = member.PersonId;
            contribution.SpokenById = contribution.Kind == ContributionKind.Spoken ? member.PersonId : null;
            contribution.Anonymous = name == MemberNames.NotNamed;
            var view = RoomNames.View(contribution, name);
            await change!.ShowAgainAsync(contribution.Id, view, cancellationToken);
        }

        await MemberMatcher.RememberAsync(db, session.CommunityId, senderName, senderEmail, member.PersonId, change!.Now, cancellationToken);
        await change.CommitAsync(cancellationToken);
        return new Mapped(ChatImportChange.Done, senderName, name, theirs.Count, []);
    }

    private async Task<Preview> PreviewOfAsync(Session session, ContributionSource source, ChatReading reading, CancellationToken cancellationToken)
    {
        var matcher = await MemberMatcher.ForCommunityAsync(db, session.CommunityId, cancellationToken);
        var members = (await MayBeSendersAsync(session, cancellationToken)).ToDictionary(m => m.PersonId);
        var messages = reading.Messages.Select(m =>
        {
            var found = m.Sender.Length == 0 ? null : matcher.Match(m.Sender, m.Email).PersonId;
            var member = found is { } id ? members.GetValueOrDefault(id) : null;
            var shownAs = member is null ? NotMatched : MemberNames.AsTheyChose(member);
            return new PreviewMessage(m.Line, m.Time, m.Sender, m.Email, shownAs, member is not null, m.Text, Parts(m.Text).Count);
        }).ToList();
        var notMatched = messages.Where(m => !m.Matched && m.Sender.Length > 0).Select(m => m.Sender).Distinct(StringComparer.Ordinal).ToList();
        return new Preview(source, reading.Layout, messages, reading.SystemLines, reading.PrivateMessages, reading.Links, notMatched);
    }

    // Who a sender may be matched to: any member for a session; for a preparation meeting only
    // those in the lived-expert group and the co-leads, who alone are there.
    public async Task<IReadOnlyList<Membership>> MayBeSendersAsync(Session session, CancellationToken cancellationToken = default) =>
        (await MemberMatcher.ActiveMembersAsync(db, session.CommunityId, cancellationToken)).Where(m => SessionAccess.CanSee(session.Kind, m)).ToList();

    private static string Nothing(ContributionSource source) => source == ContributionSource.Transcript
        ? "The transcript has nobody's words in it, only the meeting tool's own lines. Nothing was imported."
        : "The chat has no messages in it, only the meeting tool's own lines. Nothing was imported.";

    // A message longer than a contribution may be, cut between words into parts that each are.
    public static IReadOnlyList<string> Parts(string text)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > Contribution.TextMaxLength)
        {
            var cut = rest.LastIndexOfAny([' ', '\n', '\t'], Contribution.TextMaxLength);
            if (cut <= Contribution.TextMaxLength / 2)
            {
                cut = Contribution.TextMaxLength;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
