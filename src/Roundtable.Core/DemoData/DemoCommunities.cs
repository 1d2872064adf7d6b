using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.DemoData;

// Four invented communities modelled on the kinds of community our users run. Every person
// and place here is made up; none is taken from the documents the product was built from.
public static class DemoCommunities
{
    public sealed record DemoPerson(
        string Name,
        string Email,
        CommunityRole Role = CommunityRole.Member,
        bool LivedExpertGroup = false,
        string[]? Identities = null,
        Naming Naming = Naming.FirstName,
        string? JobRole = null,
        string? Organisation = null,
        string? Offers = null,
        string? LookingFor = null,
        AccessNeeds AccessNeeds = AccessNeeds.None,
        bool ContactConsent = false,
        QuoteConsent QuoteConsent = QuoteConsent.NotQuoted);

    public sealed record DemoIdentity(string Name, IdentityKind Kind);

    // Due so many days from the day the demo is loaded: one already past its date, one to come.
    public sealed record DemoToBeConfirmed(string SectionKey, string Text, int DueInDays, string ConfirmedWith);

    public sealed record DemoSubGroup(string Name, string Purpose, string[] MemberEmails);

    public sealed record DemoCharterEdit(string SectionKey, string Body, string Note, string AuthorEmail);

    public sealed record DemoCommunity(
        string Slug,
        string Name,
        string Region,
        string Purpose,
        string Contact,
        IReadOnlyList<DemoPerson> People)
    {
        public IReadOnlyList<DemoIdentity> ExtraIdentities { get; init; } = [];

        // Identity option names the charter names as priorities ("who should be here?").
        public IReadOnlyList<string> Priorities { get; init; } = [];

        public IReadOnlyList<DemoToBeConfirmed> ToBeConfirmed { get; init; } = [];

        public IReadOnlyList<DemoSubGroup> SubGroups { get; init; } = [];

        // Saved one after another after version 1, as the community's own changes.
        public IReadOnlyList<DemoCharterEdit> CharterEdits { get; init; } = [];
    }

    public const string AdminEmail = "admin@example.org";

    private const string Autistic = "Autistic person";
    private const string LearningDisability = "Person with a learning disability";
    private const string Adhd = "Person with ADHD";
    private const string MentalIllness = "Person with lived experience of mental illness";
    private const string Carer = "Family member or carer";
    private const string Health = "Staff: health";
    private const string SocialCare = "Staff: social care";
    private const string Education = "Staff: education";
    private const string MentalHealth = "Staff: mental health";
    private const string Voluntary = "Staff: voluntary sector";
    private const string LocalAuthority = "Staff: local authority";
    private const string PrimaryCare = "Staff: primary care";
    private const string Both = "Professional and lived expert at the same time";
    private const string BlackAndBrown = "Person from a black or brown community";

    public static readonly IReadOnlyList<DemoCommunity> All =
    [
        new(
            Slug: "brackenmouth-ld-autism",
            Name: "Brackenmouth Learning Disability and Autism Community of Practice",
            Region: "Brackenmouth and the Lanes",
            Purpose: "A cross-system community for everyone working with, supporting or living alongside autistic people " +
                     "and people with learning disabilities in Brackenmouth and the Lanes. We learn with and from each other, " +
                     "across services, roles and lived experience, and that learning changes what we do.",
            Contact: "brackenmouth.cop@example.org",
            People:
            [
                new("Nadia Achterberg", "nadia.achterberg@example.org", CommunityRole.CoLead, LivedExpertGroup: true,
                    Identities: [Autistic, Both], Naming: Naming.FullName, JobRole: "Lived experience lead", Organisation: "Brackenmouth Self-Advocates",
                    Offers: "Co-producing easy read materials; training on autism acceptance", LookingFor: "Services willing to test changes with us",
                    ContactConsent: true, QuoteConsent: QuoteConsent.ByName),
                new("Tom Whitlow", "tom.whitlow@example.org", CommunityRole.CoLead,
                    Identities: [Health], Naming: Naming.FullName, JobRole: "Consultant nurse, learning disabilities", Organisation: "Brackenmouth Health Partnership",
                    Offers: "Links into the acute hospitals", LookingFor: "Carers' groups who want to shape discharge planning",
                    ContactConsent: true, QuoteConsent: QuoteConsent.ByRole),
                new("Ollie Brandt", "ollie.brandt@example.org", CommunityRole.Facilitator, LivedExpertGroup: true,
                    Identities: [Adhd, Both, Voluntary], JobRole: "Peer worker", Organisation: "Lanes Advocacy",
                    AccessNeeds: AccessNeeds.Breaks, ContactConsent: true, QuoteConsent: QuoteConsent.ByRole),
                new("Jordan Fairweather", "jordan.fairweather@example.org", LivedExpertGroup: true,
                    Identities: [Autistic], AccessNeeds: AccessNeeds.CameraOff | AccessNeeds.QuietSpace,
                    LookingFor: "Other autistic adults who have been through transition to adult services"),
                new("Sian Pryce", "sian.pryce@example.org", LivedExpertGroup: true,
                    Identities: [LearningDisability], AccessNeeds: AccessNeeds.EasyRead | AccessNeeds.Breaks, ContactConsent: true),
                new("Amira Haddad", "amira.haddad@example.org", LivedExpertGroup: true,
                    Identities: [Carer, BlackAndBrown], Naming: Naming.RoleOnly, JobRole: "Parent carer", Organisation: "Brackenmouth Parent Carer Forum",
                    Offers: "A parent carer group that meets monthly", LookingFor: "A named contact in the community learning disability team"),
                new("Kwame Mensah", "kwame.mensah@example.org",
                    Identities: [SocialCare, BlackAndBrown], JobRole: "Social worker", Organisation: "Brackenmouth Council",
                    Offers: "Knowledge of the Care Act assessment route", ContactConsent: true),
                new("Beth Llewellyn", "beth.llewellyn@example.org",
                    Identities: [Education], JobRole: "SENCO", Organisation: "Lanes Academy", AccessNeeds: AccessNeeds.Captions),
                new("Ravi Chandran", "ravi.chandran@example.org",
                    Identities: [PrimaryCare], JobRole: "GP", Organisation: "Harbour Street Surgery",
                    LookingFor: "Ideas for making annual health checks work for autistic patients"),
                new("Grace Adeyemi", "grace.adeyemi@example.org",
                    Identities: [LocalAuthority], Naming: Naming.FullName, JobRole: "Commissioner", Organisation: "Brackenmouth Council"),
                new("Fiona McAllister", "fiona.mcallister@example.org",
                    Identities: [Voluntary], JobRole: "Service manager", Organisation: "Lanes Supported Living"),
                new("Danny Okoro", "danny.okoro@example.org",
                    Identities: [Autistic, Adhd], Naming: Naming.NotNamed, AccessNeeds: AccessNeeds.LargerText),
            ])
        {
            ExtraIdentities = [new(BlackAndBrown, IdentityKind.Other)],
            Priorities = [BlackAndBrown, PrimaryCare],
            ToBeConfirmed =
            [
                new(CharterTemplate.HowWeAreStructured, "How the lived experience group want to be named and recognised as leaders",
                    -150, "the lived experience group"),
                new(CharterTemplate.WhatWeCommitTo, "How we report back on requests we could not act on",
                    40, "co-leads, at the next session"),
            ],
            SubGroups =
            [
                new("Action group", "Takes what we hear in sessions and turns it into visible action, however small.",
                    ["tom.whitlow@example.org", "kwame.mensah@example.org", "sian.pryce@example.org"]),
                new("System mapping group", "Builds a shared map of what is out there and how the system works.",
                    ["nadia.achterberg@example.org", "grace.adeyemi@example.org", "fiona.mcallister@example.org"]),
            ],
            CharterEdits =
            [
                new(CharterTemplate.WhoWeAre,
                    """
                    The Community of Practice brings together:

                    - People with lived experience of learning disability and autism, including autistic people, people with learning disabilities, and people with ADHD
                    - Families and carers
                    - Staff from health, social care, education, mental health, the voluntary sector, and local authority
                    - People who hold both professional and lived expert identities at the same time

                    Autistic people, people with learning disabilities, and people with ADHD have different experiences and different needs. This community honours that difference.

                    Reaching people from black and brown communities, primary care, and others who face barriers to participation is a priority. We are actively working to extend and broaden our membership.
                    """,
                    "Named who we most want to reach, from the second co-creation workshop", "nadia.achterberg@example.org"),
            ],
        },
        new(
            Slug: "saltmarsh-restrictive-practice",
            Name: "Saltmarsh Coast Mental Health Community of Practice",
            Region: "Saltmarsh Coast",
            Purpose: "Bringing together people working on reducing restrictive practice on mental health wards along the " +
                     "Saltmarsh Coast, with a design group of people with lived experience. Less busy agendas, more time to " +
                     "connect, and a safe space to share and learn together.",
            Contact: "saltmarsh.cop@example.org",
            People:
            [
                new("Priya Lakhani", "priya.lakhani@example.org", CommunityRole.CoLead,
                    Identities: [MentalHealth], Naming: Naming.FullName, JobRole: "Ward manager", Organisation: "Saltmarsh Coast NHS Trust",
                    ContactConsent: true, QuoteConsent: QuoteConsent.ByRole),
                new("Dean Sutcliffe", "dean.sutcliffe@example.org", CommunityRole.CoLead, LivedExpertGroup: true,
                    Identities: [MentalIllness], Naming: Naming.FullName, JobRole: "Design group lead",
                    Offers: "Spiral journal reflections and music to open sessions", ContactConsent: true),
                new("Maggie O'Rourke", "maggie.orourke@example.org", CommunityRole.Facilitator,
                    Identities: [MentalHealth, Health], JobRole: "Nurse consultant", Organisation: "Saltmarsh Coast NHS Trust"),
                new("Liam Foster", "liam.foster@example.org", Identities: [MentalHealth], JobRole: "Healthcare assistant"),
                new("Zainab Idowu", "zainab.idowu@example.org", Identities: [MentalHealth], JobRole: "Clinical psychologist"),
                new("Chris Pemberton", "chris.pemberton@example.org", LivedExpertGroup: true,
                    Identities: [MentalIllness, Both], JobRole: "Peer support worker", AccessNeeds: AccessNeeds.Breaks),
                new("Holly Vance", "holly.vance@example.org", LivedExpertGroup: true, Identities: [MentalIllness], Naming: Naming.NotNamed),
                new("Marek Nowak", "marek.nowak@example.org", Identities: [MentalHealth], JobRole: "Occupational therapist"),
                new("Aisling Byrne", "aisling.byrne@example.org", Identities: [Carer]),
            ])
        {
            SubGroups = [new("Design group", "People with lived experience who shape each session before it happens.", ["dean.sutcliffe@example.org", "chris.pemberton@example.org", "holly.vance@example.org"])],
        },
        new(
            Slug: "peer-support-space",
            Name: "Peer Support Implementation Space",
            Region: "Online, across the Northfold region",
            Purpose: "A quarterly space for peer support workers and peer leaders to share how peer roles are being " +
                     "put into practice: peer leadership at every level, tools that support lived experience leadership, " +
                     "and offers to collaborate across trusts.",
            Contact: "peer.space@example.org",
            People:
            [
                new("Femi Olawale", "femi.olawale@example.org", CommunityRole.CoLead, LivedExpertGroup: true,
                    Identities: [Both, MentalHealth], Naming: Naming.FullName, JobRole: "Peer leadership lead",
                    Offers: "A peer leadership reflection tool", ContactConsent: true),
                new("Rachel Dunmore", "rachel.dunmore@example.org", CommunityRole.CoLead,
                    Identities: [MentalHealth], Naming: Naming.FullName, JobRole: "Programme manager", ContactConsent: true),
                new("Sam Whitaker", "sam.whitaker@example.org", LivedExpertGroup: true, Identities: [Both],
                    Offers: "Starting a peer educator network across trusts", LookingFor: "Other trusts with peer educators"),
                new("Ana Costa", "ana.costa@example.org", Identities: [MentalHealth], LookingFor: "Evaluations of digital peer support"),
                new("Gareth Bowen", "gareth.bowen@example.org", Identities: [MentalHealth], Offers: "A service evaluation from secure services"),
                new("Leah Goldberg", "leah.goldberg@example.org", LivedExpertGroup: true, Identities: [MentalIllness]),
                new("Marcus Reid", "marcus.reid@example.org", Identities: [Voluntary]),
                new("Tunde Bakare", "tunde.bakare@example.org", Identities: [Both]),
            ])
        {
            CharterEdits =
            [
                new(CharterTemplate.HowWeAreStructured,
                    """
                    This space is co-led by a peer leader and a programme manager.

                    - We meet online every quarter, on a Friday afternoon from 2pm to 4pm
                    - Each meeting takes a theme the group chose at the one before
                    - Anyone in a peer role, or supporting peer roles, can join, even if they miss some meetings
                    """,
                    "We meet quarterly now, not every two months", "rachel.dunmore@example.org"),
            ],
        },
        new(
            Slug: "kilnbridge-city",
            Name: "Kilnbridge City Community of Practice",
            Region: "Kilnbridge",
            Purpose: "Coffee, cake and conversation: a city-wide, solution-focused community where people who use services, " +
                     "housing, health and social care staff and commissioners look for small steps towards a preferred " +
                     "future together. Topic, not agenda. No Name, No Blame, No Shame.",
            Contact: "kilnbridge.cop@example.org",
            People:
            [
                new("Alan Brindley", "alan.brindley@example.org", CommunityRole.CoLead,
                    Identities: [Voluntary], Naming: Naming.FullName, JobRole: "Solution-focused practitioner and facilitator",
                    ContactConsent: true, QuoteConsent: QuoteConsent.ByName),
                new("Tasha Greaves", "tasha.greaves@example.org", CommunityRole.CoLead, LivedExpertGroup: true,
                    Identities: [MentalIllness, Both], Naming: Naming.FullName, JobRole: "Expert by experience", ContactConsent: true),
                new("Imran Siddiqui", "imran.siddiqui@example.org", CommunityRole.Facilitator,
                    Identities: [LocalAuthority], JobRole: "Housing manager", Organisation: "Kilnbridge City Council"),
                new("Dot Hollins", "dot.hollins@example.org", LivedExpertGroup: true, Identities: [MentalIllness], Naming: Naming.NotNamed),
                new("Paul Kettering", "paul.kettering@example.org", Identities: [SocialCare], JobRole: "Social worker, adult services",
                    Offers: "Examples of safe lone working practice"),
                new("Yvonne Clarke", "yvonne.clarke@example.org", Identities: [Voluntary], JobRole: "Housing charity manager"),
                new("Nina Patel", "nina.patel@example.org", Identities: [PrimaryCare], JobRole: "Practice nurse"),
                new("Ray Dobson", "ray.dobson@example.org", LivedExpertGroup: true, Identities: [MentalIllness]),
                new("Ade Ogunleye", "ade.ogunleye@example.org", Identities: [LocalAuthority], JobRole: "Commissioner"),
            ]),
    ];
}
