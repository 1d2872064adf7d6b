using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Communities.People;

namespace Roundtable.Web.Pages.Communities.Attendance;

// What the register shows a facilitator for one session: every active member (those booked
// first), who is marked as there and how, the guests, and the report rows still to resolve.
// Members appear as they chose to be named, with their email address so that a facilitator can
// tell who is who (and check what a report matched).
public sealed class RegisterSheet
{
    public sealed record Member(Guid PersonId, string Name, string? Email, bool IsBooked, bool IsWaiting, bool IsPresent, bool WasImported)
    {
        public string Hint => string.Join(", ", new[]
        {
            Email,
            IsWaiting ? "on the waiting list" : null,
            WasImported ? "from the attendance report" : null,
        }.Where(part => !string.IsNullOrEmpty(part)));
    }

    public sealed record Guest(Guid AttendanceId, string Name, bool WasImported);

    public IReadOnlyList<Member> Members { get; private init; } = [];

    public IReadOnlyList<Guest> Guests { get; private init; } = [];

    // Members who came but have since left the community: still counted, no longer listed.
    public int FormerMembersPresent { get; private init; }

    public IReadOnlyList<UnmatchedAttendee> Unresolved { get; private init; } = [];

    public IReadOnlyList<UnmatchedAttendee> Resolved { get; private init; } = [];

    public IEnumerable<Member> Booked => Members.Where(m => m.IsBooked);

    public IEnumerable<Member> Others => Members.Where(m => !m.IsBooked);

    // Who could still be added as a walk-in, or chosen for a report row: not there yet.
    public IEnumerable<Member> NotPresent => Members.Where(m => !m.IsPresent).OrderBy(m => m.Name == MemberNames.NotNamed).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase);

    public string NameOf(Guid personId) => Members.FirstOrDefault(m => m.PersonId == personId)?.Name ?? "a former member";

    public static async Task<RegisterSheet> LoadAsync(RoundtableDb db, AttendanceRecords records, Session session, CancellationToken cancellationToken)
    {
        var members = await records.ActiveMembersAsync(session.CommunityId, cancellationToken);
        var came = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(cancellationToken);
        var signedUp = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == session.Id && s.Status != SignUpStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var booked = signedUp.Where(s => s.Status == SignUpStatus.Booked).OrderBy(s => s.BookedAt).Select(s => s.PersonId).ToList();
        var waiting = signedUp.Where(s => s.Status == SignUpStatus.Waiting).Select(s => s.PersonId).ToHashSet();
        var present = came.Where(a => a.PersonId is not null).ToDictionary(a => a.PersonId!.Value);
        var active = members.Select(m => m.PersonId).ToHashSet();
        var unmatched = await records.UnmatchedAsync(session.Id, cancellationToken);

        return new RegisterSheet
        {
            Members = members
                .Select(m => new Member(
                    m.PersonId,
                    MemberNames.AsTheyChose(m),
                    m.Person.Email,
                    booked.Contains(m.PersonId),
                    waiting.Contains(m.PersonId),
                    present.ContainsKey(m.PersonId),
                    present.TryGetValue(m.PersonId, out var a) && a.Source == AttendanceSource.Imported))
                .OrderBy(m => m.IsBooked ? booked.IndexOf(m.PersonId) : int.MaxValue)
                .ThenBy(m => m.Name == MemberNames.NotNamed)
                .ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
                .ToList(),
            Guests = came.Where(a => a.PersonId is null)
                .OrderBy(a => a.RecordedAt).ThenBy(a => a.GuestName)
                .Select(a => new Guest(a.Id, a.GuestName ?? "A guest", a.Source == AttendanceSource.Imported))
                .ToList(),
            FormerMembersPresent = present.Keys.Count(id => !active.Contains(id)),
            Unresolved = unmatched.Where(u => u.ResolvedAt is null).ToList(),
            Resolved = unmatched.Where(u => u.ResolvedAt is not null).ToList(),
        };
    }

    public CheckboxGroup PresentChoices()
    {
        CheckboxGroup.Item Item(Member m) => new(m.PersonId.ToString(), m.Name, m.Hint.Length == 0 ? null : m.Hint, m.IsPresent);
        var sections = new List<CheckboxGroup.Section>();
        if (Booked.Any())
        {
            sections.Add(new($"Booked ({Booked.Count()})", Booked.Select(Item).ToList()));
        }

        if (Others.Any())
        {
            sections.Add(new(sections.Count == 0 ? null : "Everyone else in the community", Others.Select(Item).ToList()));
        }

        return new CheckboxGroup(
            "Mark.Present",
            "Who came?",
            "Tick everyone who came, whenever they arrived: there is no such thing as late. Untick anyone who did not come.",
            sections);
    }

    public CheckboxGroup GuestChoices() => new(
        "Mark.Guests",
        "Guests who are not members",
        "Untick a guest to take them off.",
        [new(null, Guests.Select(g => new CheckboxGroup.Item(g.AttendanceId.ToString(), g.Name, g.WasImported ? "From the attendance report" : null, true)).ToList())]);
}
