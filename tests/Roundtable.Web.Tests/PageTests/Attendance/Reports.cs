using System.Globalization;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// A community with the people of the Teams report, its session on the report's day, and the
// facilitator's browser. People by first name; Sam1 and Sam2 share a name.
public sealed record TeamsMeeting(Community Community, Session Session, HttpClient Browser, IReadOnlyDictionary<string, Person> People);

// Attendance reports as meeting tools write them, for a session yesterday from 14:00 to 16:00,
// with times in UK time and the date as each tool writes it.
public static class Reports
{
    public static readonly DateOnly SessionDate = TestClock.Today.AddDays(-1);

    // The session's date as each tool writes it: Teams "11/20/26", Teams in a UK locale
    // "20/11/2026", Teams before 2023 "11/20/2026", Zoom "11/20/2026" with its zeros ("01/08/2027").
    private static readonly string TeamsDate = SessionDate.ToString("M/d/yy", CultureInfo.InvariantCulture);
    private static readonly string UkDate = SessionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    private static readonly string UsDate = SessionDate.ToString("M/d/yyyy", CultureInfo.InvariantCulture);
    private static readonly string ZoomDate = SessionDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    // The Teams report's name as it is downloaded: "Session 2 - Attendance report 11-20-26.csv".
    public static readonly string TeamsFileName = $"Session 2 - Attendance report {SessionDate.ToString("MM-dd-yy", CultureInfo.InvariantCulture)}.csv";

    // Microsoft Teams' attendance report, as "Download attendance report" saves it: UTF-16 with a
    // BOM, tab-separated, a summary first, then "2. Participants" (one row a person, first join
    // to last leave), then "3. In-Meeting Activities" (every join and leave again), dates in the
    // downloader's US locale. Bea left and came back: one row in Participants, two in Activities.
    public static readonly string Teams =
        "1. Summary\n" +
        "Meeting title\tBrackenmouth Autism Community of Practice: Session 2\n" +
        "Attended participants\t9\n" +
        $"Start time\t{TeamsDate}, 1:52:40 PM\n" +
        $"End time\t{TeamsDate}, 4:07:15 PM\n" +
        "Meeting duration\t2h 14m 35s\n" +
        "Average attendance time\t1h 51m 8s\n" +
        "\n" +
        "2. Participants\n" +
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n" +
        $"Fran Facilitator\t{TeamsDate}, 1:52:40 PM\t{TeamsDate}, 4:07:15 PM\t2h 14m 35s\tfran.facilitator@nhs.example\tfran.facilitator@nhs.example\tOrganizer\n" +
        $"Ann Able\t{TeamsDate}, 1:58:12 PM\t{TeamsDate}, 4:02:33 PM\t2h 4m 21s\tAnn.Able@Example.org\tann.able@example.org\tPresenter\n" +
        $"Bea Bright\t{TeamsDate}, 2:01:05 PM\t{TeamsDate}, 3:59:48 PM\t1h 43m 2s\t\tbea.bright@nhs.example\tAttendee\n" +
        $"Cal Calm (Guest)\t{TeamsDate}, 2:06:30 PM\t{TeamsDate}, 4:00:02 PM\t1h 53m 32s\t\t\tAttendee\n" +
        $"Dee Dawson\t{TeamsDate}, 2:12:00 PM\t{TeamsDate}, 3:45:00 PM\t1h 33m\tdee.d@gmail.example\tdee.d@gmail.example\tAttendee\n" +
        $"Sam Smith\t{TeamsDate}, 2:00:00 PM\t{TeamsDate}, 4:00:00 PM\t2h\t\t\tAttendee\n" +
        $"Nia Newcomer\t{TeamsDate}, 2:03:00 PM\t{TeamsDate}, 2:40:00 PM\t37m\tnia@example.org\tnia@example.org\tAttendee\n" +
        $"Lee Left\t{TeamsDate}, 2:05:00 PM\t{TeamsDate}, 4:01:00 PM\t1h 56m\tlee.left@example.org\tlee.left@example.org\tAttendee\n" +
        $"Caller +44 7700 900123\t{TeamsDate}, 2:20:00 PM\t{TeamsDate}, 3:10:00 PM\t50m\t\t\tAttendee\n" +
        "\n" +
        "3. In-Meeting Activities\n" +
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tParticipant ID (UPN)\tRole\n" +
        $"Fran Facilitator\t{TeamsDate}, 1:52:40 PM\t{TeamsDate}, 4:07:15 PM\t2h 14m 35s\tfran.facilitator@nhs.example\tfran.facilitator@nhs.example\tOrganizer\n" +
        $"Ann Able\t{TeamsDate}, 1:58:12 PM\t{TeamsDate}, 4:02:33 PM\t2h 4m 21s\tAnn.Able@Example.org\tann.able@example.org\tPresenter\n" +
        $"Bea Bright\t{TeamsDate}, 2:01:05 PM\t{TeamsDate}, 2:30:00 PM\t28m 55s\t\tbea.bright@nhs.example\tAttendee\n" +
        $"Bea Bright\t{TeamsDate}, 2:45:41 PM\t{TeamsDate}, 3:59:48 PM\t1h 14m 7s\t\tbea.bright@nhs.example\tAttendee\n" +
        $"Cal Calm (Guest)\t{TeamsDate}, 2:06:30 PM\t{TeamsDate}, 4:00:02 PM\t1h 53m 32s\t\t\tAttendee\n";

    // The same kind of report downloaded in a UK locale and saved from a spreadsheet: UTF-8 with
    // a BOM, commas, and dates written day first inside quotes.
    public static readonly string TeamsUk =
        "1. Summary\r\n" +
        "Meeting title,\"Community of Practice, Session 2\"\r\n" +
        "Attended participants,2\r\n" +
        $"Start time,\"{UkDate}, 13:52:40\"\r\n" +
        "\r\n" +
        "2. Participants\r\n" +
        "Name,First Join,Last Leave,In-Meeting Duration,Email,Participant ID (UPN),Role\r\n" +
        $"Ann Able,\"{UkDate}, 13:58:12\",\"{UkDate}, 16:02:33\",2h 4m 21s,ann.able@example.org,ann.able@example.org,Presenter\r\n" +
        $"Bea Bright,\"{UkDate}, 14:01:05\",\"{UkDate}, 15:59:48\",1h 58m 43s,,bea.bright@nhs.example,Attendee\r\n";

    // Teams' report as it was in 2021 and 2022: "Meeting Summary", then a row for every time
    // someone joined, with "Full Name" and the UPN last.
    public static readonly string TeamsOlder =
        "Meeting Summary\r\n" +
        "Total Number of Participants\t2\r\n" +
        "Meeting Title\tCommunity of Practice: Session 2\r\n" +
        $"Meeting Start Time\t{UsDate}, 1:52:40 PM\r\n" +
        $"Meeting End Time\t{UsDate}, 4:07:15 PM\r\n" +
        "\r\n" +
        "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)\r\n" +
        $"Ann Able\t{UsDate}, 1:58:12 PM\t{UsDate}, 4:02:33 PM\t2h 4m 21s\tann.able@example.org\tPresenter\tann.able@example.org\r\n" +
        $"Bea Bright\t{UsDate}, 2:01:05 PM\t{UsDate}, 2:30:00 PM\t28m 55s\t\tAttendee\tbea.bright@nhs.example\r\n" +
        $"Bea Bright\t{UsDate}, 2:45:41 PM\t{UsDate}, 3:59:48 PM\t1h 14m 7s\t\tAttendee\tbea.bright@nhs.example\r\n";

    // Teams' first attendance list (2020): a row for each join and each leave, names only.
    public static readonly string TeamsFirst =
        "Full Name\tUser Action\tTimestamp\r\n" +
        $"Ann Able\tJoined\t{UsDate}, 1:58:12 PM\r\n" +
        $"Bea Bright\tJoined before\t{UsDate}, 2:01:05 PM\r\n" +
        $"Bea Bright\tLeft\t{UsDate}, 2:30:00 PM\r\n" +
        $"Bea Bright\tJoined\t{UsDate}, 2:45:41 PM\r\n" +
        $"Bea Bright\tLeft\t{UsDate}, 3:59:48 PM\r\n" +
        $"Ann Able\tLeft\t{UsDate}, 4:02:33 PM\r\n";

    // Zoom's participants export: the meeting on top, then a row for every time someone joined.
    public static readonly string Zoom =
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n" +
        $"812 3456 7890,Community of Practice,{ZoomDate} 01:55:02 PM,{ZoomDate} 04:01:40 PM,fran.facilitator@nhs.example,127,3\r\n" +
        "\r\n" +
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\r\n" +
        $"Ann Able,ann.able@example.org,{ZoomDate} 01:58:12 PM,{ZoomDate} 03:00:00 PM,62,No,Y\r\n" +
        $"Ann Able,ann.able@example.org,{ZoomDate} 03:05:00 PM,{ZoomDate} 04:01:40 PM,57,No,Y\r\n" +
        $"JD (Jane Doe),,{ZoomDate} 02:00:00 PM,{ZoomDate} 04:00:00 PM,120,Yes,Y\r\n";

    // The people of the Teams report: five members it should find (by email, by the UPN, by a
    // name with "(Guest)" after it, by name when the email is one we do not know), two members
    // with the same name, someone with an account who is not a member, a former member, and one
    // member who was not there.
    public static async Task<TeamsMeeting> TeamsMeetingAsync(this RoundtableApp app, Community community)
    {
        var session = await app.CreateSessionAsync(community, SessionDate, topic: "Sensory-friendly clinics");
        var people = new Dictionary<string, Person>
        {
            ["Fran"] = await app.MemberAsync(community, "Fran Facilitator", "fran.facilitator@nhs.example", CommunityRole.Facilitator),
            ["Ann"] = await app.MemberAsync(community, "Ann Able", "ann.able@example.org"),
            ["Bea"] = await app.MemberAsync(community, "Bea Bright", "bea.bright@nhs.example"),
            ["Cal"] = await app.MemberAsync(community, "Cal Calm", "cal@home.example"),
            ["Dee"] = await app.MemberAsync(community, "Dee Dawson", "dee@example.org"),
            ["Sam1"] = await app.MemberAsync(community, "Sam Smith", "sam.smith@nhs.example"),
            ["Sam2"] = await app.MemberAsync(community, "Sam  smith", "sam.smith@council.example"),
            ["Eve"] = await app.MemberAsync(community, "Eve Early", "eve@example.org"),
            ["Lee"] = await app.MemberAsync(community, "Lee Left", "lee.left@example.org"),
            ["Nia"] = await app.CreatePersonAsync("Nia Newcomer", "nia@example.org"),
        };
        await app.LeaveCommunityAsync(community, people["Lee"]);
        return new TeamsMeeting(community, session, await app.BrowserForAsync(people["Fran"]), people);
    }

    // A time on the session's day in the UK, as the app stores it (in UTC).
    public static DateTimeOffset At(int hour, int minute, int second = 0) => UkTimeZone.ToUtc(SessionDate, new TimeOnly(hour, minute, second));
}
