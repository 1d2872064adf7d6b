using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Reports.Drafting;

// A theme heard at the session, with the quotes that may be shared and the requests from it that
// were not upheld by the end of the session.
public sealed record HeardTheme(ThemeLine Line, ThemeStatus Status, int Contributions, IReadOnlyList<SharedQuote> Quotes, int NotUpheld);

// A quote as it may leave the room: By is null when it is put down to nobody.
public sealed record SharedQuote(string Words, string? By);

// Who a co-lead is in a shared report: their name only when they consented to be quoted by name
// and chose to be named; else their role; else nothing (Named is null).
public sealed record CoLead(string? Named);

// A connection brokered at the session as a shared report may put it: each side by name, role or
// group name as consent allows (null when it may not be named), and why it was made.
public sealed record BrokeredHere(string? From, string? To, string Why)
{
    // "Carer groups linked to the short breaks review"; when a side may not be named, why they were
    // put in touch says what the connection was for without saying who.
    public string Linked => (From, To) switch
    {
        ({ } from, { } to) => $"{from} linked to {to}",
        (null, null) => $"two members linked — {Why.Trim()}",
        _ => $"{From ?? "a member"} linked to {To ?? "a member"} — {Why.Trim()}",
    };
}

// Everything a report about one session reads, read once, in the public reader's view: nothing
// from a preparation meeting, every person only as their consent allows.
public sealed record SessionFacts(
    Session Session,
    SessionFigures? Attendance,
    SessionFigures? Previous,
    IReadOnlyList<HeardTheme> Themes,
    IReadOnlyList<RoomPrompt> Prompts,
    IReadOnlyDictionary<Guid, int> AnswersByPrompt,
    IReadOnlyDictionary<Guid, int> ReactionsByPrompt,
    IReadOnlyList<BrokeredHere> Connections,
    NextActionCount NextActions,
    IReadOnlyList<string> SharedNextActions,
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<CoLead> CoLeads,
    IReadOnlyList<string> PrinciplesIntroduced,
    int BreakoutGroups,
    IReadOnlyList<int> BreakoutGroupSizes,
    bool FirstWithBreakouts,
    IReadOnlyList<AskLine> AsksRaised,
    IReadOnlyList<AskLine> DoneSincePrevious,
    IReadOnlyList<AskLine> InProgressWithDueDates,
    Session? Next,
    bool NextAcknowledges,
    bool PreparationMeetingsBetween)
{
    public IEnumerable<RoomPrompt> ReflectionPrompts => Prompts.Where(p => p.Kind == PromptKind.Reflection);
}

public sealed class SessionFactsReader(RoundtableDb db, AttendanceFigures attendance, CommunityThemes themes, NextActions nextActions, AskLedger ledger, Acknowledgements acknowledgements)
{
    public async Task<SessionFacts> ReadAsync(Session session, CancellationToken cancellationToken)
    {
        var communityId = session.CommunityId;
        var figures = await attendance.ForCommunityAsync(communityId, cancellationToken);
        var index = figures.ToList().FindIndex(f => f.SessionId == session.Id);
        var figure = index < 0 ? null : figures[index];
        var previous = index < 0 ? null : figures.Take(index).LastOrDefault(f => f.Recorded);

        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.SessionId == session.Id, cancellationToken);
        var prompts = room is null ? [] : await db.RoomPrompts.AsNoTracking().Where(p => p.RoomId == room.Id).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);
        var promptIds = prompts.Select(p => p.Id).ToList();
        var answers = await db.Contributions.AsNoTracking()
            .Where(c => c.PromptId != null && promptIds.Contains(c.PromptId.Value) && !c.Hidden && c.DeletedAt == null)
            .GroupBy(c => c.PromptId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var reactions = await (
                from r in db.Reactions.AsNoTracking()
                join c in db.Contributions on r.ContributionId equals c.Id
                where c.PromptId != null && promptIds.Contains(c.PromptId.Value) && !c.Hidden && c.DeletedAt == null
                group r by c.PromptId!.Value into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var book = await themes.ReadAsync(communityId, reader: null, cancellationToken);
        var heard = book.HeardAt(session.Id);
        var quoted = heard.SelectMany(t => t.Heard.Where(h => h.Session.Id == session.Id && h.Quoted).Select(h => h.Contribution)).ToList();
        var attributions = await themes.AttributionsAsync(communityId, quoted, cancellationToken);
        var speakers = await MembershipsAsync(communityId, quoted.Select(QuoteAttribution.SpeakerOf).OfType<Guid>(), cancellationToken);

        var lines = await ledger.ReadAsync(communityId, viewer: null, cancellationToken: cancellationToken);
        var sessionContributions = heard.SelectMany(t => t.Heard).Where(h => h.Session.Id == session.Id).Select(h => h.Contribution.Id).ToHashSet();
        var earlierEnd = previous is null ? DateTimeOffset.MinValue
            : (await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == previous.SessionId, cancellationToken)).EndsAt;
        var raised = room is null ? [] : await db.Contributions.AsNoTracking()
            .Where(c => c.RoomId == room.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var raisedHere = raised.ToHashSet();

        var connections = await db.Connections.AsNoTracking().Where(c => c.SessionId == session.Id).OrderBy(c => c.BrokeredAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var sidePeople = await MembershipsAsync(communityId, connections.SelectMany(ConnectionVisibility.People), cancellationToken);
        var subGroups = await db.SubGroups.AsNoTracking().Where(g => g.CommunityId == communityId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);

        var resources = await db.Resources.AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.Sessions.Any(s => s.Id == session.Id))
            .Where(r => !r.Sessions.Any(s => s.Kind == SessionKind.PreparationMeeting))
            .OrderBy(r => r.AddedAt).ToListAsync(cancellationToken);

        var breakouts = await db.BreakoutGroups.AsNoTracking().Where(g => g.SessionId == session.Id)
            .OrderBy(g => g.Number).Select(g => g.Members.Count).ToListAsync(cancellationToken);
        var earlierBreakouts = await db.BreakoutGroups.AsNoTracking()
            .AnyAsync(g => g.Session.CommunityId == communityId && g.Session.Kind == SessionKind.Session && g.Session.StartsAt < session.StartsAt, cancellationToken);

        var next = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled && s.StartsAt > session.StartsAt)
            .OrderBy(s => s.StartsAt).FirstOrDefaultAsync(cancellationToken);
        var nextAcknowledges = next is not null && (await acknowledgements.ForSessionAsync(next, viewer: null, cancellationToken)).Any(a => !a.Acknowledged);
        var preparation = await db.Sessions.AsNoTracking()
            .AnyAsync(s => s.CommunityId == communityId && s.Kind == SessionKind.PreparationMeeting && s.Status == SessionStatus.Scheduled && s.StartsAt > session.StartsAt, cancellationToken);

        var shared = await db.SessionFeedback.AsNoTracking()
            .Where(f => f.SessionId == session.Id && f.NextActionShared && f.NextAction != null)
            .OrderBy(f => f.AnsweredAt).Select(f => f.NextAction!).ToListAsync(cancellationToken);

        return new SessionFacts(
            session,
            figure,
            previous,
            heard.Select(t => new HeardTheme(
                t,
                t.At(session.Id)!.Status,
                t.At(session.Id)!.Contributions,
                t.Heard.Where(h => h.Session.Id == session.Id && h.Quoted && h.Contribution.Text is not null)
                    .Where(h => QuoteAttribution.SpeakerOf(h.Contribution) is not { } speaker || speakers.GetValueOrDefault(speaker)?.QuoteConsent is not (null or QuoteConsent.NotQuoted))
                    .Select(h => new SharedQuote(h.Contribution.Text!, attributions.GetValueOrDefault(h.Contribution.Id)?.Text))
                    .ToList(),
                lines.Count(l => l.Ask.Status == AskStatus.NotUpheld && l.Ask.ThemeId == t.Theme.Id
                                 || l.Ask.Status == AskStatus.NotUpheld && l.Ask.ContributionId is { } c && sessionContributions.Contains(c) && t.Heard.Any(h => h.Contribution.Id == c))))
                .ToList(),
            prompts,
            answers,
            reactions,
            connections.Select(c => new BrokeredHere(Side(c.From, sidePeople, subGroups), Side(c.To, sidePeople, subGroups), c.Why)).ToList(),
            await nextActions.CountAsync(session.Id, cancellationToken),
            shared,
            resources,
            await CoLeadsAsync(session, figure, cancellationToken),
            await PrinciplesIntroducedAsync(session, earlierEnd, cancellationToken),
            breakouts.Count,
            breakouts,
            breakouts.Count > 0 && !earlierBreakouts,
            lines.Where(l => l.Ask.ContributionId is { } c && raisedHere.Contains(c)).ToList(),
            lines.Where(l => l.Ask.Status == AskStatus.Done && l.Latest.Decision.At > earlierEnd && l.Latest.Decision.At <= session.EndsAt).ToList(),
            lines.Where(l => l.Ask.Status == AskStatus.InProgress && l.Ask.DueOn is not null).OrderBy(l => l.Ask.DueOn).ToList(),
            next,
            nextAcknowledges,
            preparation);
    }

    // A side of a connection as a shared report may put it: a member by name or role only as they
    // consented to be quoted (null otherwise, and for someone who has left); a sub-group or an
    // outside group by its name.
    public static string? Side(ConnectionSide side, IReadOnlyDictionary<Guid, Membership> people, IReadOnlyDictionary<Guid, string> subGroups) =>
        side.Kind switch
        {
            ConnectionSideKind.Member when people.TryGetValue(side.PersonId!.Value, out var m) =>
                QuoteAttribution.For(m.QuoteConsent, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation).Text,
            ConnectionSideKind.Member => null,
            ConnectionSideKind.SubGroup => subGroups.GetValueOrDefault(side.SubGroupId!.Value, "a sub-group"),
            _ => side.Name,
        };

    private async Task<IReadOnlyDictionary<Guid, Membership>> MembershipsAsync(Guid communityId, IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        return await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
    }

    // The co-leads who came (all the community's co-leads when no register was taken).
    private async Task<IReadOnlyList<CoLead>> CoLeadsAsync(Session session, SessionFigures? figure, CancellationToken cancellationToken)
    {
        var came = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id && a.PersonId != null).Select(a => a.PersonId!.Value).ToListAsync(cancellationToken);
        var coLeads = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == session.CommunityId && m.Role == CommunityRole.CoLead && m.LeftAt == null)
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return coLeads
            .Where(m => figure is not { Recorded: true } || came.Contains(m.PersonId))
            .Select(m => new CoLead(QuoteAttribution.For(m.QuoteConsent, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation).Text))
            .ToList();
    }

    // Discussion principles the charter gained since the previous session, up to this one's end.
    private async Task<IReadOnlyList<string>> PrinciplesIntroducedAsync(Session session, DateTimeOffset previousEnd, CancellationToken cancellationToken)
    {
        var versions = await db.CharterVersions.AsNoTracking().Include(v => v.Principles)
            .Where(v => v.CommunityId == session.CommunityId && v.CreatedAt <= session.EndsAt)
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return [];
        }

        var before = versions.LastOrDefault(v => v.CreatedAt <= previousEnd)?.Principles.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return versions[^1].Principles.OrderBy(p => p.Position).Select(p => p.Name).Where(n => !before.Contains(n)).ToList();
    }
}
