using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Csv;

// What was said at a session, for a spreadsheet or a qualitative-analysis tool: each contribution
// still showing (nothing hidden by a facilitator or taken back by its author), the prompt it
// answered, when, and the themes a co-lead put it in with where each stood at that session. The
// file leaves the app, so its author is given only as they consented to be quoted
// (QuoteAttribution): by name, by role, or not at all. Preparation meetings are not exported:
// what is said there stays with the lived-expert group.
public sealed class ContributionsExport(RoundtableDb db, CommunityThemes themes)
{
    public sealed record Row(
        int Session, string? Prompt, string Kind, string? Words, int? Scale, int? GoodEnough, int? BreakoutGroup, string When, string? Author,
        string Themes, string ThemeLabels);

    public static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        new("Session", r => r.Session),
        new("Prompt", r => r.Prompt),
        new("Kind", r => r.Kind),
        new("Words", r => r.Words),
        new("Scale", r => r.Scale),
        new("Good enough", r => r.GoodEnough),
        new("Breakout group", r => r.BreakoutGroup),
        new("When (UK time)", r => r.When),
        new("Author", r => r.Author),
        new("Themes", r => r.Themes),
        new("Theme labels", r => r.ThemeLabels),
    ];

    // Between themes in one cell, and between their labels, in the same order.
    public const string Separator = "; ";

    // reader: the membership of the person asking, or null (a site admin), for which themes they may see.
    public async Task<CsvFile?> ForSessionAsync(Community community, int number, Membership? reader, CancellationToken cancellationToken = default)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(
            s => s.CommunityId == community.Id && s.Kind == SessionKind.Session && s.Number == number, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var rows = await RowsAsync(session, reader, cancellationToken);
        return new CsvFile(CsvFile.NameFor(community.Slug, number, "contributions"), CsvExport.Write(rows, Columns));
    }

    public async Task<IReadOnlyList<Row>> RowsAsync(Session session, Membership? reader, CancellationToken cancellationToken = default)
    {
        var said = await (
                from c in db.Contributions.AsNoTracking()
                join room in db.Rooms on c.RoomId equals room.Id
                where room.SessionId == session.Id && !c.Hidden && c.DeletedAt == null
                orderby room.CreatedAt, c.Sequence
                select new { Contribution = c, Prompt = c.Prompt == null ? null : c.Prompt.Text, Photo = c.Photo == null ? null : c.Photo.Description })
            .ToListAsync(cancellationToken);

        var speakerIds = said.Select(s => QuoteAttribution.SpeakerOf(s.Contribution)).OfType<Guid>().Distinct().ToList();
        // Members who have left too: their choices still govern what they said while here.
        var speakers = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == session.CommunityId && speakerIds.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);

        var book = await themes.ReadAsync(session.CommunityId, reader, cancellationToken);
        var themesOf = book.Themes
            .SelectMany(line => line.Heard
                .Where(h => h.Session.Id == session.Id)
                .Select(h => (h.Contribution.Id, line.Theme.Title, Label: ThemeTimeline.Label(line.At(session.Id)?.Status ?? ThemeStatus.New))))
            .ToLookup(t => t.Id);

        return said.Select(s =>
        {
            var c = s.Contribution;
            var speaker = QuoteAttribution.SpeakerOf(c) is { } id ? speakers.GetValueOrDefault(id) : null;
            var inThemes = themesOf[c.Id].OrderBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
            return new Row(
                session.Number,
                s.Prompt,
                KindName(c.Kind),
                c.Text ?? s.Photo,
                c.Scale,
                c.GoodEnough,
                c.BreakoutGroupNumber,
                CsvFile.Time(c.CreatedAt),
                QuoteAttribution.For(c, speaker).Text,
                string.Join(Separator, inThemes.Select(t => t.Title)),
                string.Join(Separator, inThemes.Select(t => t.Label)));
        }).ToList();
    }

    public static string KindName(ContributionKind kind) => kind switch
    {
        ContributionKind.Text => "Written",
        ContributionKind.Answer => "Answer",
        ContributionKind.Scale => "Scale",
        ContributionKind.ClosingWord => "Closing word",
        ContributionKind.Photo => "Photo",
        ContributionKind.Spoken => "Spoken",
        _ => kind.ToString(),
    };
}
