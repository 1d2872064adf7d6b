using Roundtable.Core.Communities;

namespace Roundtable.Core.DemoData;

// Four invented communities modelled on the kinds of community our users run. Every person
// and place here is made up; none is taken from the documents the product was built from.
public static class DemoCommunities
{
    public sealed record DemoPerson(string Name, string Email, CommunityRole Role = CommunityRole.Member, bool LivedExpertGroup = false);

    public sealed record DemoCommunity(
        string Slug,
        string Name,
        string Region,
        string Purpose,
        string Contact,
        IReadOnlyList<DemoPerson> People);

    public const string AdminEmail = "admin@example.org";

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
                new("Nadia Achterberg", "nadia.achterberg@example.org", CommunityRole.CoLead, LivedExpertGroup: true),
                new("Tom Whitlow", "tom.whitlow@example.org", CommunityRole.CoLead),
                new("Ollie Brandt", "ollie.brandt@example.org", CommunityRole.Facilitator, LivedExpertGroup: true),
                new("Jordan Fairweather", "jordan.fairweather@example.org", LivedExpertGroup: true),
                new("Sian Pryce", "sian.pryce@example.org", LivedExpertGroup: true),
                new("Amira Haddad", "amira.haddad@example.org", LivedExpertGroup: true),
                new("Kwame Mensah", "kwame.mensah@example.org"),
                new("Beth Llewellyn", "beth.llewellyn@example.org"),
                new("Ravi Chandran", "ravi.chandran@example.org"),
                new("Grace Adeyemi", "grace.adeyemi@example.org"),
                new("Fiona McAllister", "fiona.mcallister@example.org"),
                new("Danny Okoro", "danny.okoro@example.org"),
            ]),
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
                new("Priya Lakhani", "priya.lakhani@example.org", CommunityRole.CoLead),
                new("Dean Sutcliffe", "dean.sutcliffe@example.org", CommunityRole.CoLead, LivedExpertGroup: true),
                new("Maggie O'Rourke", "maggie.orourke@example.org", CommunityRole.Facilitator),
                new("Liam Foster", "liam.foster@example.org"),
                new("Zainab Idowu", "zainab.idowu@example.org"),
                new("Chris Pemberton", "chris.pemberton@example.org", LivedExpertGroup: true),
                new("Holly Vance", "holly.vance@example.org", LivedExpertGroup: true),
                new("Marek Nowak", "marek.nowak@example.org"),
                new("Aisling Byrne", "aisling.byrne@example.org"),
            ]),
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
                new("Femi Olawale", "femi.olawale@example.org", CommunityRole.CoLead, LivedExpertGroup: true),
                new("Rachel Dunmore", "rachel.dunmore@example.org", CommunityRole.CoLead),
                new("Sam Whitaker", "sam.whitaker@example.org", LivedExpertGroup: true),
                new("Ana Costa", "ana.costa@example.org"),
                new("Gareth Bowen", "gareth.bowen@example.org"),
                new("Leah Goldberg", "leah.goldberg@example.org", LivedExpertGroup: true),
                new("Marcus Reid", "marcus.reid@example.org"),
                new("Tunde Bakare", "tunde.bakare@example.org"),
            ]),
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
                new("Alan Brindley", "alan.brindley@example.org", CommunityRole.CoLead),
                new("Tasha Greaves", "tasha.greaves@example.org", CommunityRole.CoLead, LivedExpertGroup: true),
                new("Imran Siddiqui", "imran.siddiqui@example.org", CommunityRole.Facilitator),
                new("Dot Hollins", "dot.hollins@example.org", LivedExpertGroup: true),
                new("Paul Kettering", "paul.kettering@example.org"),
                new("Yvonne Clarke", "yvonne.clarke@example.org"),
                new("Nina Patel", "nina.patel@example.org"),
                new("Ray Dobson", "ray.dobson@example.org", LivedExpertGroup: true),
                new("Ade Ogunleye", "ade.ogunleye@example.org"),
            ]),
    ];
}
