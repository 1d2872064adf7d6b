using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Reports.Drafting;

// Seed 003: what a session's meeting chat held — the themes its messages were put in, the links
// shared, offers to collaborate and dates announced. Only chats imported (and not undone) count;
// a session with none has no chat overview. Messages are quoted put down to nobody, and not at
// all when their sender is a member who did not consent to be quoted.
public sealed partial class ChatOverviewDrafter(RoundtableDb db, CommunityThemes themes) : IReportDrafter
{
    public ReportKind Kind => ReportKind.ChatOverview;

    public async Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        if (await ReportedSessions.OneAsync(db, subject, cancellationToken) is not { } session)
        {
            return null;
        }

        var imports = await db.ContributionImports.AsNoTracking()
            .Where(i => i.SessionId == session.Id && i.Source == ContributionSource.Chat && i.UndoneAt == null)
            .OrderBy(i => i.ImportedAt).ToListAsync(cancellationToken);
        if (imports.Count == 0)
        {
            return null;
        }

        var importIds = imports.Select(i => i.Id).ToList();
        var messages = await db.Contributions.AsNoTracking()
            .Where(c => c.ImportId != null && importIds.Contains(c.ImportId.Value) && !c.Hidden && c.DeletedAt == null && c.Text != null)
            .OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var senders = messages.Select(c => c.PersonId).OfType<Guid>().Distinct().ToList();
        var notQuoted = (await db.Memberships.AsNoTracking()
                .Where(m => m.CommunityId == session.CommunityId && senders.Contains(m.PersonId) && m.QuoteConsent == QuoteConsent.NotQuoted)
                .Select(m => m.PersonId).ToListAsync(cancellationToken))
            .ToHashSet();
        var quotable = messages.Where(c => c.Anonymous || c.PersonId is not { } sender || !notQuoted.Contains(sender)).ToList();

        var chatIds = messages.Select(c => c.Id).ToHashSet();
        var book = await themes.ReadAsync(session.CommunityId, reader: null, cancellationToken);
        var heard = book.Themes
            .Select(t => (Line: t, Count: t.Heard.Count(h => chatIds.Contains(h.Contribution.Id))))
            .Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count).ThenBy(t => t.Line.Theme.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var links = imports.SelectMany(i => i.Links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        var offers = quotable.Where(c => Offering().IsMatch(c.Text!)).Select(c => c.Text!.Trim()).ToList();
        var dates = DatesIn(messages.Select(c => c.Text!));

        var when = $"{SessionWords.Date(session.StartsAt)} · {SessionWords.Time(session.StartsAt)} – {SessionWords.Time(session.EndsAt)} | {Tool(imports[0].Layout, session.Format)}";
        return new ReportDocument(
            Kind,
            $"{session.Community.Name}: Meeting Chat Overview",
            $"Meeting chat overview · {when}",
            [
                new ReportFigure(ReportWords.Figure(imports.Sum(i => i.Messages)), "messages in the chat", $"The chat imported for {SessionWords.Name(session)}, without the meeting tool’s own lines."),
                new ReportFigure(ReportWords.Figure(links.Count), ReportWords.Plural(links.Count, "link shared", "links shared"), "Links written in the chat."),
                new ReportFigure(ReportWords.Figure(dates.Count), ReportWords.Plural(dates.Count, "date announced", "dates announced"), "Dates written in the chat."),
            ],
            [
                new ReportSection("Themes in the chat", heard.Count == 0
                    ? [new ReportLine("No chat messages have been put in a theme yet.", Source: "Themes")]
                    : heard.Select(t => new ReportLine(
                        $"{t.Line.Theme.Gist?.Trim() ?? ""} {t.Count} {ReportWords.Plural(t.Count, "message", "messages")} in the chat.".TrimStart(),
                        ReportLineStyle.Bullet, t.Line.Theme.Title, $"Theme “{t.Line.Theme.Title}”: chat messages put in it")).ToList()),
                new ReportSection("Sharing resources and opportunities", links.Count == 0
                    ? [new ReportLine("No links were shared in the chat.", Source: "The chat")]
                    : [new ReportLine("Throughout the chat, participants exchanged useful links, including:"), .. links.Select(l => new ReportLine(l, ReportLineStyle.Bullet, Source: "A link written in the chat"))]),
                new ReportSection("Offers to collaborate", offers.Count == 0
                    ? [new ReportLine("No offers to collaborate were found in the chat.", Source: "The chat, read for offers (“happy to share”, “get in touch”, “would like to connect”)")]
                    : offers.Select(o => new ReportLine($"‘{o}’", ReportLineStyle.Bullet, Source: "A chat message offering to collaborate, put down to nobody")).ToList()),
                new ReportSection("Dates announced", dates.Count == 0
                    ? [new ReportLine("No dates were announced in the chat.", Source: "The chat")]
                    : dates.Select(d => new ReportLine(d, ReportLineStyle.Bullet, Source: "A date written in the chat")).ToList()),
            ]);
    }

    // "MS Teams", as the seed names the tool; else the session's own format.
    private static string Tool(string layout, SessionFormat format) =>
        layout.Contains("Teams", StringComparison.Ordinal) ? "MS Teams"
        : layout.Contains("Zoom", StringComparison.Ordinal) ? "Zoom"
        : layout.Contains("Google Meet", StringComparison.Ordinal) ? "Google Meet"
        : ReportWords.Format(format) switch { var f => char.ToUpperInvariant(f[0]) + f[1..] };

    // Each date once, in order, written as the app writes dates, with its times when the line gave them.
    public static IReadOnlyList<string> DatesIn(IEnumerable<string> texts)
    {
        var found = new SortedDictionary<DateOnly, string>();
        foreach (var line in texts.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (TypedDates.ParseLine(line) is { } read)
            {
                found[read.Date] = read.Times is { } times ? $"{SessionWords.Date(read.Date)}, {TypedDates.FormatTime(times.Start)} to {TypedDates.FormatTime(times.End)}" : SessionWords.Date(read.Date);
                continue;
            }

            foreach (Match match in WrittenDate().Matches(line))
            {
                if (TypedDates.ParseDate(match.Value) is { } date)
                {
                    found.TryAdd(date, SessionWords.Date(date));
                }
            }
        }

        return found.Values.ToList();
    }

    [GeneratedRegex(@"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(happy to (share|help|connect|send)|get in touch|would (like|love) to (connect|collaborate|hear from)|collaborat\w*|offer(ing)? to|looking for (other|partners)|join (us|me)|email me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offering();
}
