using Roundtable.Core.Attendance;
using Roundtable.Web.Pages.Communities.People;

namespace Roundtable.Web.Pages.Communities.Attendance;

// The register's checkboxes: who came, members booked first, each with their email address and
// anything a facilitator should know (new to the community's sessions, on the waiting list,
// matched from a report); and the guests.
public static class RegisterChoices
{
    public static string Hint(this AttendanceRegister.Member member) => string.Join(", ", new[]
    {
        member.Email,
        member.IsWaiting ? "on the waiting list" : null,
        member.WasImported ? "from the attendance report" : null,
    }.Where(part => !string.IsNullOrEmpty(part)));

    public static CheckboxGroup PresentChoices(this AttendanceRegister.Sheet sheet)
    {
        CheckboxGroup.Item Item(AttendanceRegister.Member m) =>
            new(m.PersonId.ToString(), m.Name, m.Hint().Length == 0 ? null : m.Hint(), m.IsPresent, m.IsNew ? "New" : null);
        var sections = new List<CheckboxGroup.Section>();
        if (sheet.Booked.Any())
        {
            sections.Add(new($"Booked ({sheet.Booked.Count()})", sheet.Booked.Select(Item).ToList()));
        }

        if (sheet.Others.Any())
        {
            sections.Add(new(sections.Count == 0 ? null : "Everyone else in the community", sheet.Others.Select(Item).ToList()));
        }

        return new CheckboxGroup(
            "Mark.Present",
            "Who came?",
            "Tick everyone who came, whenever they arrived: there is no such thing as late. Untick anyone who did not come.",
            sections);
    }

    public static CheckboxGroup GuestChoices(this AttendanceRegister.Sheet sheet) => new(
        "Mark.Guests",
        "Guests who are not members",
        "Untick a guest to take them off.",
        [new(null, sheet.Guests.Select(g => new CheckboxGroup.Item(g.AttendanceId.ToString(), g.Name, g.WasImported ? "From the attendance report" : null, true)).ToList())]);
}
