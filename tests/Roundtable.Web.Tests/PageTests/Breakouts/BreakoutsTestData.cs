using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Breakouts;

// Someone to put in a session: who they are (names of the community's identity options), whether
// they asked for a quiet space, their role and how they want to be named.
public sealed record Someone(
    string Name,
    string[] Identities,
    bool Quiet = false,
    CommunityRole Role = CommunityRole.Member,
    Naming Naming = Naming.FullName,
    string? JobRole = null);

// A group as the facilitator's page shows it.
public sealed record GroupOnPage(int Number, string Chair, IReadOnlyList<PersonOnPage> People);

public sealed record PersonOnPage(Guid Id, string Name, IReadOnlyList<string> Tags);

// Builders for the breakout pages' tests: members booked on a session with the identities and
// needs a test chooses, attendance, and reading the groups back from the pages.
public static class BreakoutsTestData
{
    public const string Lived = "Autistic person";
    public const string Learning = "Person with a learning disability";
    public const string Adhd = "Person with ADHD";
    public const string Family = "Family member or carer";
    public const string Health = "Staff: health";
    public const string SocialCare = "Staff: social care";
    public const string Education = "Staff: education";
    public const string Both = "Professional and lived expert at the same time";

    public static string GroupsPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/breakouts";

    public static string MinePath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/my-breakout";

    // Joins each to the community and books them on the session, in one go.
    public static async Task<List<Person>> BookAsync(this RoundtableApp app, Community community, Session session, IEnumerable<Someone> people)
    {
        var everyone = people.ToList();
        var created = new List<Person>();
        foreach (var someone in everyone)
        {
            created.Add(await app.CreatePersonAsync(someone.Name));
        }

        await app.WithDbAsync(async db =>
        {
            var options = await db.IdentityOptions.Where(o => o.CommunityId == community.Id).ToDictionaryAsync(o => o.Name, o => o.Id);
            foreach (var (someone, person) in everyone.Zip(created))
            {
                var membership = new Membership
                {
                    CommunityId = community.Id,
                    PersonId = person.Id,
                    Role = someone.Role,
                    JoinedAt = app.Clock.GetUtcNow(),
                    Naming = someone.Naming,
                    JobRole = someone.JobRole,
                    AccessNeeds = someone.Quiet ? AccessNeeds.QuietSpace : AccessNeeds.None,
                };
                membership.Identities.AddRange(someone.Identities.Select(name => new MemberIdentity { IdentityOptionId = options[name] }));
                db.Memberships.Add(membership);
                db.SignUps.Add(new SignUp
                {
                    SessionId = session.Id,
                    PersonId = person.Id,
                    Status = SignUpStatus.Booked,
                    AccessNeeds = membership.AccessNeeds,
                    SignedUpAt = app.Clock.GetUtcNow(),
                    BookedAt = app.Clock.GetUtcNow(),
                });
            }

            return await db.SaveChangesAsync();
        });
        return created;
    }

    public static async Task<Person> BookAsync(this RoundtableApp app, Community community, Session session, Someone someone) =>
        (await app.BookAsync(community, session, [someone])).Single();

    // Sixty people as a community of practice might bring them: lived experts of three kinds,
    // people who are both, families and carers, staff from three sectors, two facilitators.
    public static IEnumerable<Someone> Sixty(string stem, int quiet = 0) => Enumerable.Range(1, 60).Select(i => new Someone(
        $"{stem} {i:D2}",
        (i % 10) switch
        {
            0 => [Health],
            1 => [Lived],
            2 => [Learning, Family],
            3 => [SocialCare],
            4 => [Adhd],
            5 => [Family],
            6 => [Both],
            7 => [Education],
            8 => [],
            _ => [Lived, Adhd],
        },
        Quiet: i <= quiet,
        Role: i is 10 or 40 ? CommunityRole.Facilitator : CommunityRole.Member));

    public static Task AttendAsync(this RoundtableApp app, Session session, params Person[] people) =>
        app.WithDbAsync(db =>
        {
            db.Attendance.AddRange(people.Select(p => new Attendee
            {
                SessionId = session.Id,
                PersonId = p.Id,
                RecordedById = p.Id,
                RecordedAt = app.Clock.GetUtcNow(),
            }));
            return db.SaveChangesAsync();
        });

    public static Task<List<BreakoutGroup>> GroupsAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(db => db.BreakoutGroups.AsNoTracking().Include(g => g.Members)
            .Where(g => g.SessionId == session.Id).OrderBy(g => g.Number).ToListAsync());

    public static IReadOnlyList<GroupOnPage> Groups(this IDocument page) =>
        page.QuerySelectorAll("section.rt-breakout-group[id^='group-']")
            .Select(section => new GroupOnPage(
                int.Parse(section.Id!["group-".Length..], System.Globalization.CultureInfo.InvariantCulture),
                section.QuerySelector(".rt-breakout-chair strong")!.TextContent.Trim(),
                People(section)))
            .ToList();

    public static IReadOnlyList<PersonOnPage> People(IElement container) =>
        container.QuerySelectorAll("tbody tr[data-person]")
            .Select(row => new PersonOnPage(
                Guid.Parse(row.GetAttribute("data-person")!),
                row.QuerySelector(".rt-breakout-name")!.TextContent.Trim(),
                row.QuerySelectorAll(".nhsuk-tag").Select(t => t.TextContent.Trim()).ToList()))
            .ToList();

    // The form that moves this person, or sets this group's chair.
    public static AngleSharp.Html.Dom.IHtmlFormElement MoveForm(this IDocument page, Guid person) =>
        page.Form($"tr[data-person='{person}'] form");

    public static AngleSharp.Html.Dom.IHtmlFormElement ChairForm(this IDocument page, int group) =>
        page.Form($"#set-chair-{group}");
}
