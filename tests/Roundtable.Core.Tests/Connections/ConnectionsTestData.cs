using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.Connections;

// People who came to a session a week ago, named and consenting as each test needs.
internal static class ConnectionsTestData
{
    public static async Task<Session> LastWeeksSessionAsync(this CommunityDatabase database, int number = 1) =>
        await database.SessionAsync(number, Roundtable.Tests.Shared.TestClock.Today.AddDays(-7));

    public static async Task<Person> CameAsync(this CommunityDatabase database, Session session, string name)
    {
        var person = await database.JoinAsync(name);
        database.Db.Attendance.Add(new Attendee
        {
            SessionId = session.Id, PersonId = person.Id, Source = AttendanceSource.Marked, RecordedById = database.RecorderId, RecordedAt = session.EndsAt,
        });
        await database.Db.SaveChangesAsync();
        return person;
    }

    public static Task<Person> MemberAsync(this CommunityDatabase database, string name, Naming naming, QuoteConsent quote, string? jobRole = null, bool livedExpert = false) =>
        database.MemberAsync(name, naming, quote, jobRole, livedExpert, CommunityRole.Member);

    public static async Task<Person> MemberAsync(
        this CommunityDatabase database, string name, Naming naming, QuoteConsent quote, string? jobRole, bool livedExpert, CommunityRole role)
    {
        var person = await database.JoinAsync(name, role: role);
        await database.Db.Memberships.Where(m => m.PersonId == person.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Naming, naming).SetProperty(m => m.QuoteConsent, quote).SetProperty(m => m.JobRole, jobRole)
            .SetProperty(m => m.InLivedExpertGroup, livedExpert));
        return person;
    }

    public static async Task<ConnectionViewer> ViewerAsync(this CommunityDatabase database, Person person)
    {
        var membership = await database.NewContext().Memberships.AsNoTracking().SingleAsync(m => m.CommunityId == database.Community.Id && m.PersonId == person.Id);
        return new ConnectionViewer(person.Id, membership, IsSiteAdmin: false);
    }

    public static BrokeredConnections.Side Side(Person person) => new(ConnectionSideKind.Member, person.Id, null, null);

    public static BrokeredConnections.Side Named(string name) => new(ConnectionSideKind.Named, null, null, name);
}
