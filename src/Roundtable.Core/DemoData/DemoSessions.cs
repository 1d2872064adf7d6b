using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.DemoData;

// The demo communities' meetings: what has happened (with who came) and what is planned. The
// Brackenmouth community has the rhythm its staff briefing describes — two sessions a little
// apart, then every two months with the lived-expert group's preparation meetings between — and
// enough invented members for attendance, retention and breakouts to mean something.
public static class DemoSessions
{
    // Turnout for a past session: how many came, and how many of them were at the one before.
    public sealed record Turnout(int Attended, int FromPrevious);

    // When a demo meeting falls: so many months from the community's next session, on a weekday of
    // that month ("the second Friday", week -1 for the last).
    public sealed record DemoDay(int MonthsFromNext, int WeekOfMonth, DayOfWeek Weekday);

    public sealed record DemoMeeting(
        SessionKind Kind,
        DemoDay Day,
        TimeOnly Start,
        TimeOnly End,
        string? Topic = null,
        Turnout? Turnout = null,
        int SignUps = 0,
        RunningOrderTemplate? RunningOrder = null,
        string? Presenter = null);

    public sealed record DemoVenue(string Venue, string Directions, bool StepFree, bool QuietRoom);

    public sealed record Plan(string Slug, SessionFormat Format, IReadOnlyList<DemoMeeting> Meetings)
    {
        public int? Capacity { get; init; }

        public DemoVenue? Venue { get; init; }

        // Invented members added to the community beyond its named people.
        public int ExtraMembers { get; init; }

        // Whether the next session's breakout groups are laid, with the two members who share a
        // first name booked and in one group, as a facilitator would meet them.
        public bool GroupsForNext { get; init; }

        // Each meeting's date, laid from the day the demo is loaded: the next session is the first
        // on its pattern after today, and the rest fall around it. So whatever the date, every demo
        // community has met (with who came) and has its next session to come.
        public IReadOnlyList<(DemoMeeting Meeting, DateOnly Date)> Dated(DateOnly today)
        {
            var next = Meetings.Single(m => m.Day.MonthsFromNext == 0).Day;
            var month = new DateOnly(today.Year, today.Month, 1);
            while (DateIn(month, next) <= today)
            {
                month = month.AddMonths(1);
            }

            return [.. Meetings.Select(m => (m, DateIn(month.AddMonths(m.Day.MonthsFromNext), m.Day)))];
        }

        private static DateOnly DateIn(DateOnly month, DemoDay day) => Rhythm.DayInMonth(month.Year, month.Month, day.Weekday, day.WeekOfMonth);
    }

    private static readonly TimeOnly Two = new(14, 0);
    private static readonly TimeOnly HalfThree = new(15, 30);
    private static readonly TimeOnly Three = new(15, 0);
    private static readonly TimeOnly Four = new(16, 0);
    private static readonly TimeOnly Ten = new(10, 0);
    private static readonly TimeOnly Noon = new(12, 0);

    private static DemoDay SecondFriday(int monthsFromNext) => new(monthsFromNext, 2, DayOfWeek.Friday);

    public static readonly IReadOnlyList<Plan> All =
    [
        // Two sessions a little apart, then every two months on the second Friday, with the
        // lived-expert group's preparation meetings in the months between.
        new("brackenmouth-ld-autism", SessionFormat.Online,
        [
            new(SessionKind.Session, new(-9, 2, DayOfWeek.Wednesday), Two, HalfThree, "What matters to us, and what would be different", new Turnout(41, 0)),
            new(SessionKind.Session, new(-7, 1, DayOfWeek.Wednesday), Two, HalfThree, "Lived experience leadership in practice", new Turnout(43, 38)),
            new(SessionKind.Session, SecondFriday(-6), Two, Four, "Acknowledging what we heard: you said, we did", new Turnout(39, 34)),
            new(SessionKind.PreparationMeeting, SecondFriday(-5), Two, Three),
            new(SessionKind.Session, SecondFriday(-4), Two, Four, "Mapping the system together", new Turnout(42, 35)),
            new(SessionKind.PreparationMeeting, SecondFriday(-3), Two, Three),
            new(SessionKind.Session, SecondFriday(-2), Two, Four, "Intersectionality: who is not in the room?", new Turnout(44, 38)),
            new(SessionKind.PreparationMeeting, SecondFriday(-1), Two, Three),
            new(SessionKind.Session, SecondFriday(0), Two, Four, "Reasonable adjustments that actually happen", SignUps: 31,
                RunningOrder: RunningOrderTemplates.Stoke, Presenter: "Wren, a family carer, on her son's hospital passport"),
            new(SessionKind.PreparationMeeting, SecondFriday(1), Two, Three),
            new(SessionKind.Session, SecondFriday(2), Two, Four),
        ])
        {
            Capacity = 60,
            // More members than come to any one session, so newcomers keep arriving as in a
            // community that is forming rather than fading.
            ExtraMembers = 48,
            GroupsForNext = true,
        },
        // Quarterly: two dates past, the next, and one after.
        new("peer-support-space", SessionFormat.Online,
        [
            new(SessionKind.Session, new(-6, Rhythm.LastWeek, DayOfWeek.Friday), Two, Four, "Peer leadership at every level", new Turnout(7, 0)),
            new(SessionKind.Session, new(-3, 3, DayOfWeek.Friday), Two, Four, "Digital peer support", new Turnout(6, 5)),
            new(SessionKind.Session, SecondFriday(0), Two, Four, "Peer educators across trusts", SignUps: 6,
                RunningOrder: RunningOrderTemplates.Stoke, Presenter: "A peer educator from the Eastmoor trust"),
            new(SessionKind.Session, new(3, 1, DayOfWeek.Friday), Two, Four),
        ]),
        new("kilnbridge-city", SessionFormat.InPerson,
        [
            new(SessionKind.Session, new(-3, 3, DayOfWeek.Thursday), Ten, Noon, "Leaving prison without a home", new Turnout(8, 0)),
            new(SessionKind.Session, new(-2, 3, DayOfWeek.Thursday), Ten, Noon, "Safe lone working", new Turnout(9, 8)),
            new(SessionKind.Session, new(0, 3, DayOfWeek.Thursday), Ten, Noon, "Small steps since we last met", SignUps: 7,
                RunningOrder: RunningOrderTemplates.Stoke),
        ])
        {
            Capacity = 25,
            Venue = new("Kilnbridge Community Hub, 14 Potters Row, Kilnbridge",
                "Five minutes' walk from Kilnbridge bus station. Use the side entrance on Clay Lane; the meeting room is on the ground floor. There is no parking on site.",
                StepFree: true, QuietRoom: true),
        },
        new("saltmarsh-restrictive-practice", SessionFormat.Hybrid,
        [
            new(SessionKind.Session, new(-3, 1, DayOfWeek.Tuesday), new TimeOnly(13, 30), new TimeOnly(15, 30), "Teams on the ground: what is working", new Turnout(8, 0)),
            new(SessionKind.Session, new(0, 2, DayOfWeek.Tuesday), new TimeOnly(13, 30), new TimeOnly(15, 30), "Spiral journal: what we took back", SignUps: 5),
        ])
        {
            Venue = new("Saltmarsh House, Learning Centre, Room 2",
                "Signposted from the main hospital entrance. Lift to the first floor.", StepFree: true, QuietRoom: false),
        },
    ];

    // The first name two of Brackenmouth's invented members share, both shown by it alone.
    public const string Namesake = "Gemma";

    private static readonly string[] FirstNames =
    [
        "Abi", "Bilal", "Cerys", "Dev", "Elin", "Farid", "Gemma", "Hamza", "Isla", "Jomo", "Kezia", "Luca",
        "Mairead", "Nikhil", "Orla", "Pavel", "Queenie", "Rhys", "Sadia", "Tariq", "Una", "Vikram", "Wren", "Yusuf",
        "Zara", "Callum", "Delyth", "Efua", "Gwion", "Hana", "Idris", "Jess", "Kofi", "Lowri", "Malik", "Nell",
    ];

    private static readonly string[] Surnames =
    [
        "Ashworth", "Bevan", "Calloway", "Desai", "Ellery", "Fenwick", "Gallagher", "Hartigan", "Iqbal", "Jephcott", "Kowalczyk", "Lindqvist",
        "Marsden", "Nwosu", "Oyelaran", "Penhaligon", "Quarrie", "Rushworth", "Sandhu", "Thorne", "Umeh", "Varga", "Whitfield", "Yardley",
        "Zaman", "Brough", "Cadwallader", "Dunmore-Page", "Eastwood", "Farrant", "Greenhalgh", "Hussain", "Ibe", "Jarvis", "Kettle", "Lunn",
    ];

    // An invented member: name, email, identities and what they need, all made up and varied.
    public static DemoCommunities.DemoPerson ExtraMember(int index)
    {
        // Past the first round of first names, surnames shift by one so nobody shares a name.
        var name = $"{FirstNames[index % FirstNames.Length]} {Surnames[(index * 7 + 3 + index / FirstNames.Length) % Surnames.Length]}";
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.org";
        string[][] identities =
        [
            ["Autistic person"], ["Staff: health"], ["Family member or carer"], ["Staff: social care"], ["Person with a learning disability"],
            ["Staff: education"], ["Person with ADHD", "Staff: voluntary sector"], ["Staff: mental health"], ["Staff: local authority"],
            ["Autistic person", "Professional and lived expert at the same time"], ["Family member or carer", "Staff: health"], ["Staff: primary care"],
        ];
        AccessNeeds[] needs = [AccessNeeds.None, AccessNeeds.None, AccessNeeds.Captions, AccessNeeds.None, AccessNeeds.EasyRead | AccessNeeds.Breaks, AccessNeeds.None, AccessNeeds.QuietSpace, AccessNeeds.None, AccessNeeds.CameraOff];
        // Seven roles against twelve sets of identities, so two people who share a first name (the
        // 6th and the 42nd are both Gemma) have said different things about themselves.
        string?[] roles = ["Peer support worker", null, "Community nurse", "Support worker", null, "Family carer", "Self-advocate"];
        return new DemoCommunities.DemoPerson(
            name,
            email,
            Identities: identities[index % identities.Length],
            Naming: index % 5 == 0 ? Naming.FullName : Naming.FirstName,
            JobRole: roles[index % roles.Length],
            AccessNeeds: needs[index % needs.Length],
            ContactConsent: index % 3 != 0);
    }
}
