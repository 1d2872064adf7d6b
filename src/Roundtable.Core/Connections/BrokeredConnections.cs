using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Connections;

public enum ConnectionOutcome
{
    Saved,

    // Already so (the same connection sent twice): nothing changed.
    Unchanged,
    Invalid,

    // Someone else changed it since it was read: nothing changed, Refusal says so.
    ChangedMeanwhile,

    // Not someone who may move it on: nothing changed.
    Refused,
    NotFound,
}

public sealed record ConnectionResult(ConnectionOutcome Outcome, Connection? Connection, IReadOnlyList<Problem> Problems, string? Refusal = null)
{
    public bool Done => Outcome is ConnectionOutcome.Saved or ConnectionOutcome.Unchanged;
}

// A connection as one viewer may see it: each side and every name in its history as they may know them.
public sealed record ConnectionView(
    Connection Connection, string From, string To, string BrokeredBy, string? MadeAt, bool CanMoveOn, IReadOnlyList<ConnectionView.Step> History)
{
    public sealed record Step(ConnectionStatus Status, string? Note, string By, DateTimeOffset At);
}

// Recording that someone was put in touch with another, and how it went since. Facilitators and
// co-leads broker connections (and a member turns an interest in their offer into one, through
// CollaborationOffers); either side, whoever brokered it, and facilitators move it on. Each
// change raises its Version, so two people changing it at once never lose one silently.
public sealed class BrokeredConnections(RoundtableDb db, TimeProvider clock)
{
    public const string ChangedMeanwhile = "Someone else changed this connection while you were looking at it. Check how it is now and try again.";
    public const string NotYours = "Only the people in a connection, whoever brokered it and facilitators can say how it is going";

    public sealed record Side(ConnectionSideKind? Kind, Guid? PersonId, Guid? SubGroupId, string? Name);

    // SessionNumber: the session (or, with MeetingKind, the preparation meeting) it was made at, if any.
    public sealed record NewConnection(Side From, Side To, string? Why, int? SessionNumber, Guid? OfferInterestId = null, SessionKind MeetingKind = SessionKind.Session);

    public sealed record Step(ConnectionStatus? Status, string? Note, int? SeenVersion);

    public async Task<ConnectionResult> RecordAsync(Guid communityId, NewConnection input, Guid byId, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var from = await SideAsync(communityId, nameof(NewConnection.From), input.From, problems, cancellationToken);
        var to = await SideAsync(communityId, nameof(NewConnection.To), input.To, problems, cancellationToken);
        var why = problems.Required(nameof(NewConnection.Why), input.Why, "Say why they were connected", "Why", Connection.WhyMaxLength);
        Guid? sessionId = null;
        // A preparation meeting does not exist to anyone outside the lived-expert group, so it is
        // "not there" to them here too.
        var mayNamePreparationMeetings = input.MeetingKind != SessionKind.PreparationMeeting || CommunityAccess.InLivedExpertSpace(
            await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == byId, cancellationToken));
        if (input.SessionNumber is { } number)
        {
            sessionId = !mayNamePreparationMeetings ? null : await db.Sessions.Where(s => s.CommunityId == communityId && s.Kind == input.MeetingKind && s.Number == number)
                .Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
            if (sessionId is null)
            {
                problems.Add(nameof(NewConnection.SessionNumber), $"There is no {SessionWords.Name(input.MeetingKind, number).ToLowerInvariant()} in this community");
            }
        }

        if (from is not null && to is not null && Same(from, to))
        {
            problems.Add($"{nameof(NewConnection.To)}.{nameof(Side.Kind)}", "Choose someone other than the first side to connect them with");
        }

        if (problems.Any)
        {
            return new(ConnectionOutcome.Invalid, null, problems);
        }

        var already = await db.Connections.Where(c => c.CommunityId == communityId && c.BrokeredById == byId && c.Why == why && c.SessionId == sessionId)
            .ToListAsync(cancellationToken);
        if (already.Find(c => Same(c.From, from!) && Same(c.To, to!)) is { } same)
        {
            return new(ConnectionOutcome.Unchanged, same, []);
        }

        var now = clock.GetUtcNow();
        var connection = new Connection
        {
            CommunityId = communityId, From = from!, To = to!, Why = why!, SessionId = sessionId,
            BrokeredById = byId, BrokeredAt = now, Status = ConnectionStatus.Introduced, OfferInterestId = input.OfferInterestId,
        };
        connection.Changes.Add(new ConnectionChange { Status = ConnectionStatus.Introduced, ById = byId, At = now });
        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return new(ConnectionOutcome.Saved, connection, []);
    }

    public async Task<ConnectionResult> MoveOnAsync(Guid communityId, Guid connectionId, Step input, ConnectionViewer viewer, CancellationToken cancellationToken = default)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == connectionId && c.CommunityId == communityId, cancellationToken);
        if (connection is null)
        {
            return new(ConnectionOutcome.NotFound, null, []);
        }

        if (!viewer.IsPartOf(connection) && !viewer.IsFacilitator)
        {
            return new(ConnectionOutcome.Refused, connection, [], NotYours);
        }

        var problems = new Problems();
        var status = problems.Chosen(nameof(Step.Status), input.Status, "Choose how it is going now");
        var note = problems.Optional(nameof(Step.Note), input.Note, "The note", Connection.NoteMaxLength);
        if (status == connection.Status && note is null)
        {
            problems.Add(nameof(Step.Status), $"It is already “{ConnectionWords.Label(connection.Status)}”: choose how it is going now, or add a note");
        }

        if (problems.Any)
        {
            return new(ConnectionOutcome.Invalid, connection, problems);
        }

        if (input.SeenVersion is { } seen && seen != connection.Version)
        {
            return new(ConnectionOutcome.ChangedMeanwhile, connection, [], ChangedMeanwhile);
        }

        connection.Status = status!.Value;
        connection.Version++;
        db.ConnectionChanges.Add(new ConnectionChange { ConnectionId = connection.Id, Status = status.Value, Note = note, ById = viewer.PersonId!.Value, At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ConnectionOutcome.ChangedMeanwhile, connection, [], ChangedMeanwhile);
        }

        return new(ConnectionOutcome.Saved, connection, []);
    }

    // Every connection the viewer may see, newest first.
    public async Task<IReadOnlyList<ConnectionView>> ReadAsync(Guid communityId, ConnectionViewer viewer, CancellationToken cancellationToken = default) =>
        await ViewAsync(communityId, viewer, db.Connections.Where(c => c.CommunityId == communityId), cancellationToken);

    public async Task<ConnectionView?> FindAsync(Guid communityId, Guid connectionId, ConnectionViewer viewer, CancellationToken cancellationToken = default) =>
        (await ViewAsync(communityId, viewer, db.Connections.Where(c => c.CommunityId == communityId && c.Id == connectionId), cancellationToken)).SingleOrDefault();

    // How many were brokered at a session: a count, which names nobody.
    public Task<int> CountAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.Connections.CountAsync(c => c.SessionId == sessionId, cancellationToken);

    private async Task<IReadOnlyList<ConnectionView>> ViewAsync(Guid communityId, ConnectionViewer viewer, IQueryable<Connection> query, CancellationToken cancellationToken)
    {
        var connections = await query.AsNoTracking().Include(c => c.Changes).Include(c => c.Session)
            .OrderByDescending(c => c.BrokeredAt).ToListAsync(cancellationToken);
        var ids = connections.SelectMany(c => ConnectionVisibility.People(c).Append(c.BrokeredById).Concat(c.Changes.Select(h => h.ById))).Distinct().ToList();
        var people = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var subGroups = await db.SubGroups.AsNoTracking().Where(g => g.CommunityId == communityId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        string Named(Guid personId) => people.TryGetValue(personId, out var m) ? MemberNames.AsTheyChose(m) : ConnectionVisibility.FormerMember;

        return connections
            .Where(c => ConnectionVisibility.CanSee(c, c.Session?.Kind, viewer, people))
            .Select(c => new ConnectionView(
                c,
                ConnectionVisibility.NameOf(c.From, c, viewer, people, subGroups),
                ConnectionVisibility.NameOf(c.To, c, viewer, people, subGroups),
                Named(c.BrokeredById),
                c.Session is { } made ? SessionWords.Name(made) : null,
                viewer.IsPartOf(c) || viewer.IsFacilitator,
                c.Changes.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new ConnectionView.Step(h.Status, h.Note, Named(h.ById), h.At)).ToList()))
            .ToList();
    }

    private async Task<ConnectionSide?> SideAsync(Guid communityId, string field, Side? side, Problems problems, CancellationToken cancellationToken)
    {
        switch (side?.Kind)
        {
            case ConnectionSideKind.Member:
                if (side.PersonId is { } personId && await db.Memberships.AnyAsync(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null, cancellationToken))
                {
                    return ConnectionSide.Member(personId);
                }

                problems.Add($"{field}.{nameof(Side.PersonId)}", "Choose a member of this community");
                return null;
            case ConnectionSideKind.SubGroup:
                if (side.SubGroupId is { } groupId && await db.SubGroups.AnyAsync(g => g.CommunityId == communityId && g.Id == groupId, cancellationToken))
                {
                    return ConnectionSide.OfSubGroup(groupId);
                }

                problems.Add($"{field}.{nameof(Side.SubGroupId)}", "Choose one of this community’s sub-groups");
                return null;
            case ConnectionSideKind.Named:
                var name = problems.Required($"{field}.{nameof(Side.Name)}", side.Name, "Enter the name of the group or service", "The name", ConnectionSide.NameMaxLength);
                return name is null ? null : ConnectionSide.NamedAs(name);
            default:
                problems.Add($"{field}.{nameof(Side.Kind)}", "Choose who or what is on this side: a member, a sub-group, or a group or service");
                return null;
        }
    }

    private static bool Same(ConnectionSide a, ConnectionSide b) =>
        a.Kind == b.Kind && a.PersonId == b.PersonId && a.SubGroupId == b.SubGroupId
        && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}
