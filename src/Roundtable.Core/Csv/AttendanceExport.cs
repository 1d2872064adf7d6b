using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Csv;

// Who came to a session, for a spreadsheet: every member on the register, present or absent, and
// each guest, named as the register names them to the people who run sessions. Job role and
// organisation only for members who chose to be named (by name or by role): for someone who chose
// not to be, they would say who it was. Email addresses stay in the app. Members who came and
// have since left are counted, as on the register, not named.
public sealed class AttendanceExport(RoundtableDb db, AttendanceRegister register)
{
    public const string Present = "Present";
    public const string Absent = "Absent";

    // Attended as "Member" or "Guest"; Recorded: how they were marked present, if they were.
    public sealed record Row(int Session, string Date, string Person, string AttendedAs, string? JobRole, string? Organisation, string Attendance, string? Recorded);

    public static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        new("Session", r => r.Session),
        new("Date", r => r.Date),
        new("Person", r => r.Person),
        new("Member or guest", r => r.AttendedAs),
        new("Job role", r => r.JobRole),
        new("Organisation", r => r.Organisation),
        new("Attendance", r => r.Attendance),
        new("Recorded", r => r.Recorded),
    ];

    // Null when the community has no such session (preparation meetings have no register).
    public async Task<CsvFile?> ForSessionAsync(Community community, int number, CancellationToken cancellationToken = default)
    {
        if (await register.FindSessionAsync(community.Id, number, cancellationToken) is not { } session)
        {
            return null;
        }

        var rows = await RowsAsync(session, cancellationToken);
        return new CsvFile(CsvFile.NameFor(community.Slug, number, "attendance"), CsvExport.Write(rows, Columns));
    }

    public async Task<IReadOnlyList<Row>> RowsAsync(Session session, CancellationToken cancellationToken = default)
    {
        var sheet = await register.SheetAsync(session, cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == session.CommunityId && m.LeftAt == null)
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var date = CsvFile.Date(session.StartsAt);
        var rows = new List<Row>();
        foreach (var member in sheet.Members)
        {
            var named = memberships.TryGetValue(member.PersonId, out var m) && m.Naming != Naming.NotNamed;
            rows.Add(new Row(
                session.Number, date, member.Name, "Member",
                named ? m!.JobRole : null, named ? m!.Organisation : null,
                member.IsPresent ? Present : Absent,
                !member.IsPresent ? null : Recorded(member.WasImported)));
        }

        rows.AddRange(sheet.Guests.Select(g => new Row(session.Number, date, g.Name, "Guest", null, null, Present, Recorded(g.WasImported))));
        rows.AddRange(Enumerable.Range(0, sheet.FormerMembersPresent)
            .Select(_ => new Row(session.Number, date, "A former member", "Member", null, null, Present, null)));
        return rows;
    }

    private static string Recorded(bool imported) => imported ? "Imported from a report" : "Marked in the room";
}
