using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Reports.Drafting;

// Flipchart photos from a session's room, each with its description. A photo is shared only when
// whoever added it consented to photos; a guest's (someone who is not a member, so has no choice
// recorded) is shared too, because it is a picture of a flipchart the room wrote together, and the
// author checks every one before publishing.
public sealed class PhotoPageDrafter(RoundtableDb db) : IReportDrafter
{
    public ReportKind Kind => ReportKind.PhotoPage;

    public async Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        if (await ReportedSessions.OneAsync(db, subject, cancellationToken) is not { } session)
        {
            return null;
        }

        var photos = await (
                from c in db.Contributions.AsNoTracking()
                join room in db.Rooms on c.RoomId equals room.Id
                where room.SessionId == session.Id && c.Photo != null && !c.Hidden && c.DeletedAt == null
                orderby c.Sequence
                select new { c.Id, c.PersonId, c.Photo!.Description })
            .ToListAsync(cancellationToken);
        var authors = photos.Select(p => p.PersonId).OfType<Guid>().Distinct().ToList();
        var consented = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == session.CommunityId && authors.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, m => m.PhotoConsent, cancellationToken);
        var shared = photos.Where(p => p.PersonId is not { } author || consented.GetValueOrDefault(author)).ToList();
        var name = SessionWords.Name(session);
        List<ReportLine> lines = shared.Count == 0
            ? [new ReportLine($"No photos from {name} may be shared.", Source: "Photos added in the room, shared only with their author’s consent to photos")]
            : shared.Select(p => new ReportLine(p.Description, PhotoId: p.Id, Source: "A photo added in the room, with its description")).ToList();
        return new ReportDocument(
            Kind,
            $"Photos from {name}",
            $"Photo page · {SessionWords.ShortDate(session.StartsAt)} · {session.Community.Name}",
            [],
            [new ReportSection("Photos", lines)]);
    }
}
