using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

// Builders for the session pages' tests: places at a session, running orders, and a community
// with its co-lead, all written straight to the database.
public static class SessionsTestData
{
    public static async Task<SignUp> SignUpAsync(this RoundtableApp app, Session session, Person person, SignUpStatus status = SignUpStatus.Booked) =>
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var signUp = new SignUp
            {
                SessionId = session.Id,
                PersonId = person.Id,
                Status = status,
                SignedUpAt = now,
                BookedAt = status == SignUpStatus.Booked ? now : null,
                WaitingSince = status == SignUpStatus.Waiting ? now : null,
                CancelledAt = status == SignUpStatus.Cancelled ? now : null,
            };
            db.SignUps.Add(signUp);
            await db.SaveChangesAsync();
            return signUp;
        });

    // A member of the community with a place at the session.
    public static async Task<Person> BookedMemberAsync(this RoundtableApp app, Community community, Session session, SignUpStatus status = SignUpStatus.Booked, string name = "Booked Member")
    {
        var person = await app.CreatePersonAsync(name);
        await app.JoinAsync(community, person);
        await app.SignUpAsync(session, person, status);
        return person;
    }

    public static Task<Session> ReloadAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().Include(s => s.RunningOrder).SingleAsync(s => s.Id == session.Id));

    public static Task<List<Session>> SessionsOfAsync(this RoundtableApp app, Community community) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.CommunityId == community.Id).OrderBy(s => s.Kind).ThenBy(s => s.Number).ToListAsync());

    public static Task AddRunningOrderAsync(this RoundtableApp app, Session session, RunningOrderTemplate template) =>
        app.WithDbAsync(async db =>
        {
            db.RunningOrderItems.AddRange(RunningOrderTemplates.ItemsFor(template, session.Id));
            return await db.SaveChangesAsync();
        });

    // Who came: members, recorded by the first of them, and guests who gave only a name.
    public static Task<int> RecordAttendanceAsync(this RoundtableApp app, Session session, IEnumerable<Person> members, int guests = 0) =>
        app.WithDbAsync(db =>
        {
            var came = members.ToList();
            var recorder = came[0].Id;
            db.Attendance.AddRange(came.Select(p => new Attendee { SessionId = session.Id, PersonId = p.Id, RecordedById = recorder, RecordedAt = app.Clock.GetUtcNow() }));
            db.Attendance.AddRange(Enumerable.Range(1, guests).Select(i => new Attendee
            {
                SessionId = session.Id, GuestName = $"Guest {i}", RecordedById = recorder, RecordedAt = app.Clock.GetUtcNow(),
            }));
            return db.SaveChangesAsync();
        });

    // A breakout group as the facilitator's page would have saved it.
    public static Task<int> AddBreakoutGroupAsync(this RoundtableApp app, Session session, int number, Person? chair, params Person[] people) =>
        app.WithDbAsync(db =>
        {
            var group = new BreakoutGroup { SessionId = session.Id, Number = number, ChairId = chair?.Id };
            group.Members.AddRange(people.Select(p => new BreakoutMember { PersonId = p.Id, SessionId = session.Id }));
            db.BreakoutGroups.Add(group);
            return db.SaveChangesAsync();
        });

    // Members of the community named "{stem} 1", "{stem} 2" and so on.
    public static async Task<List<Person>> MembersAsync(this RoundtableApp app, Community community, int count, string stem)
    {
        var people = new List<Person>();
        for (var i = 1; i <= count; i++)
        {
            var person = await app.CreatePersonAsync($"{stem} {i}");
            await app.JoinAsync(community, person);
            people.Add(person);
        }

        return people;
    }

    public static async Task<(Community Community, Person Person, HttpClient Browser)> CommunityWithAsync(
        this RoundtableApp app, CommunityRole role, bool livedExpertGroup = false)
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync($"Someone {role}");
        await app.JoinAsync(community, person, role, livedExpertGroup);
        return (community, person, await app.BrowserForAsync(person));
    }
}
