using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Reports.Drafting;

// Several sessions together, for boards and partners: "the details of the conversations are less
// important than the recommendations and the breadth of community members represented" (seed
// 004). Who took part is told only as counts of identities and sectors, each under 3 shown as
// "fewer than 3"; the chair's introduction is left for the chair to write.
public sealed class SeriesReportDrafter(RoundtableDb db, AttendanceFigures attendance, CommunityThemes themes, AskLedger ledger) : IReportDrafter
{
    public const string ChairWrites = "Introduction from the chair: to be written by the chair before publishing.";

    public ReportKind Kind => ReportKind.SeriesReport;

    public async Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        var sessions = await ReportedSessions.ManyAsync(db, subject, cancellationToken);
        if (sessions.Count == 0)
        {
            return null;
        }

        var ids = sessions.Select(s => s.Id).ToHashSet();
        var community = sessions[0].Community;
        var figures = (await attendance.ForCommunityAsync(community.Id, cancellationToken)).Where(f => ids.Contains(f.SessionId)).ToDictionary(f => f.SessionId);
        var book = await themes.ReadAsync(community.Id, reader: null, cancellationToken);
        var (first, last) = (sessions[0], sessions[^1]);
        var changed = (await ledger.ReadAsync(community.Id, viewer: null, cancellationToken: cancellationToken))
            .Where(l => l.Ask.Status is AskStatus.Done or AskStatus.NotUpheld && l.Latest.Decision.At >= first.StartsAt)
            .OrderBy(l => l.Latest.Decision.At).ToList();
        var open = (await ledger.ReadAsync(community.Id, viewer: null, cancellationToken: cancellationToken))
            .Where(l => l.Ask.Status is AskStatus.Open or AskStatus.InProgress).OrderBy(l => l.Ask.CreatedAt).ToList();
        var deepened = book.Themes
            .Select(t => (Line: t, Heard: sessions.Count(s => t.At(s.Id) is { Contributions: > 0 })))
            .Where(t => t.Heard >= 2)
            .OrderByDescending(t => t.Heard).ThenBy(t => t.Line.Theme.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        var took = await TookPartAsync(community.Id, ids, cancellationToken);
        var came = took.People;

        var span = first == last ? SessionWords.ShortDate(first.StartsAt) : $"{SessionWords.ShortDate(first.StartsAt)} to {SessionWords.ShortDate(last.StartsAt)}";
        return new ReportDocument(
            Kind,
            sessions.Select(s => s.Series?.Name).Distinct().ToList() is [{ } series] ? series : $"{community.Name}: sessions {first.Number} to {last.Number}",
            $"Series report · {span} · {community.Name}",
            [
                new ReportFigure(ReportWords.Figure(sessions.Count), ReportWords.Plural(sessions.Count, "session", "sessions"), string.Join(", ", sessions.Select(SessionWords.Name)) + "."),
                came == 0
                    ? new ReportFigure(StaffBriefingDrafter.NotRecorded, "members took part", "No register was taken at these sessions.", Gap: true)
                    : new ReportFigure(SharedCounts.Of(came), "members took part", "Members marked present at one or more of these sessions, each counted once."),
                new ReportFigure(ReportWords.Figure(deepened.Count), $"{ReportWords.Plural(deepened.Count, "theme", "themes")} deepened across the sessions", "Themes with contributions at two or more of these sessions."),
                new ReportFigure(ReportWords.Figure(changed.Count(l => l.Ask.Status == AskStatus.Done)), "requests done", "“You said, we did”: requests marked done since the first of these sessions."),
            ],
            [
                new ReportSection("Introduction from the chair", [new ReportLine(ChairWrites, Source: "Written by the chair: Roundtable does not draft it")]),
                new ReportSection("Topics", sessions.Select(s => new ReportLine(
                    Topic(s, book), ReportLineStyle.Bullet, $"{SessionWords.Name(s)}, {SessionWords.ShortDate(s.StartsAt)}", "The session’s topic and the themes heard at it")).ToList()),
                new ReportSection("Who took part", WhoTookPart(took)),
                new ReportSection("Recommendations", deepened.Count == 0 && open.Count == 0
                    ? [new ReportLine("No theme was heard at more than one of these sessions, and no requests are open.", Source: "Themes and “you said, we did”")]
                    : [.. deepened.Select(t => new ReportLine(
                          t.Line.Theme.Gist?.Trim() is { Length: > 0 } gist ? $"{gist} Heard at {t.Heard} of these sessions." : $"Heard at {t.Heard} of these sessions.",
                          ReportLineStyle.Bullet, t.Line.Theme.Title, "A theme that deepened across these sessions")),
                       .. open.Select(l => new ReportLine(l.Ask.Words.Trim(), ReportLineStyle.Bullet, AskRules.Name(l.Ask.Status), "“You said, we did”: a request still open"))]),
                new ReportSection("What changed", changed.Count == 0
                    ? [new ReportLine("No requests have been marked done or not upheld since the first of these sessions.", Source: "“You said, we did”")]
                    : changed.Select(l => new ReportLine(
                        l.Ask.Status == AskStatus.NotUpheld && l.Latest.Decision.Reason is { } why ? $"{l.Ask.Words.Trim()} — {why.Trim()}" : l.Ask.Words.Trim(),
                        ReportLineStyle.Bullet, AskRules.Name(l.Ask.Status), "“You said, we did”")).ToList()),
                new ReportSection("Attendance", sessions.Select(s => new ReportLine(
                    figures.GetValueOrDefault(s.Id) is { Recorded: true } f ? $"{f.Attended} attended" : "Attendance not recorded",
                    ReportLineStyle.Bullet, $"{SessionWords.Name(s)}, {SessionWords.ShortDate(s.StartsAt)}", "The register")).ToList()),
            ]);
    }

    private static string Topic(Session session, ThemeBook book)
    {
        var heard = book.HeardAt(session.Id).Select(t => t.Theme.Title).ToList();
        var topic = string.IsNullOrWhiteSpace(session.Topic) ? "No topic was set." : $"{session.Topic.Trim()}.";
        return heard.Count == 0 ? topic : $"{topic} Themes heard: {ReportWords.List(heard)}.";
    }

    private sealed record TookPart(int People, IReadOnlyList<(IdentityOption Option, int Count)> Identities);

    // Each member who came to any of the sessions counts once for every identity they chose.
    private async Task<TookPart> TookPartAsync(Guid communityId, IReadOnlySet<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var ids = sessionIds.ToList();
        var people = await db.Attendance.AsNoTracking()
            .Where(a => ids.Contains(a.SessionId) && a.PersonId != null)
            .Select(a => a.PersonId!.Value).Distinct().ToListAsync(cancellationToken);
        var options = await db.IdentityOptions.AsNoTracking()
            .Where(o => o.CommunityId == communityId && o.RetiredAt == null)
            .OrderBy(o => o.Position).ToListAsync(cancellationToken);
        var chosen = await db.MemberIdentities.AsNoTracking()
            .Where(i => i.Membership.CommunityId == communityId && people.Contains(i.Membership.PersonId))
            .GroupBy(i => i.IdentityOptionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new TookPart(people.Count, options.Select(o => (o, chosen.GetValueOrDefault(o.Id))).ToList());
    }

    private static List<ReportLine> WhoTookPart(TookPart took)
    {
        const string source = "Members’ own descriptions of themselves, counted; a count under 3 is shown as “fewer than 3”";
        if (took.People == 0)
        {
            return [new ReportLine("No register was taken at these sessions.", Source: "The register")];
        }

        var lines = new List<ReportLine>
        {
            new($"{SharedCounts.Of(took.People)} members took part. People describe themselves in as many ways as are true, so the counts below add up to more than that.", Source: source),
        };
        lines.AddRange(took.Identities.Where(i => i.Option.Kind != IdentityKind.Staff)
            .Select(i => new ReportLine(SharedCounts.Of(i.Count), ReportLineStyle.Bullet, i.Option.Name, source)));
        var sectors = took.Identities.Where(i => i.Option.Kind == IdentityKind.Staff).ToList();
        if (sectors.Count > 0)
        {
            lines.Add(new ReportLine("By the sector they work in:", Source: source));
            lines.AddRange(sectors.Select(i => new ReportLine(SharedCounts.Of(i.Count), ReportLineStyle.Bullet, i.Option.Name, source)));
        }

        return lines;
    }
}
