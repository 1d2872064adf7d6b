using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests;

// A migrated database with one community and a facilitator in it, for the use cases that read
// and write through SQL. Several contexts (several requests) can use it at once.
public sealed class CommunityDatabase : IAsyncLifetime
{
    private readonly List<RoundtableDb> contexts = [];
    private TestDatabase database = null!;

    // A fixed instant: these tests control everything that reads the clock.
    public FakeTimeProvider Clock { get; } = TestClock.StartingToday();

    public RoundtableDb Db { get; private set; } = null!;

    public Community Community { get; private set; } = null!;

    public Guid RecorderId { get; private set; }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        Db = NewContext();
        Community = new Community { Slug = "harbour", Name = "Harbour CoP", Purpose = "To learn.", Region = "Harbour Town" };
        Db.Communities.Add(Community);
        await Db.SaveChangesAsync();
        RecorderId = (await JoinAsync("Fran Facilitator", role: CommunityRole.Facilitator)).Id;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    // A second context on the same database: another request.
    public RoundtableDb NewContext(params IInterceptor[] interceptors)
    {
        var context = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>(database.Options())
            .AddInterceptors(interceptors)
            .Options);
        contexts.Add(context);
        return context;
    }

    public async Task<Person> JoinAsync(string name, string? email = null, CommunityRole role = CommunityRole.Member, Community? community = null)
    {
        email ??= $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org";
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
        };
        Db.Users.Add(person);
        Db.Memberships.Add(new Membership { CommunityId = (community ?? Community).Id, PersonId = person.Id, Role = role, JoinedAt = Clock.GetUtcNow() });
        await Db.SaveChangesAsync();
        return person;
    }

    // A member's membership, tracked by Db, for the rules that take one.
    public async Task<Membership> MembershipAsync(string name, Community? community = null)
    {
        var person = await JoinAsync(name, community: community);
        return Db.Memberships.Local.Single(m => m.PersonId == person.Id);
    }

    public async Task<Session> SessionAsync(int number, DateOnly date, int? capacity = null, SessionStatus status = SessionStatus.Scheduled, SessionKind kind = SessionKind.Session)
    {
        var session = new Session
        {
            CommunityId = Community.Id,
            Kind = kind,
            Number = number,
            StartsAt = UkTimeZone.ToUtc(date, new TimeOnly(14, 0)),
            EndsAt = UkTimeZone.ToUtc(date, new TimeOnly(16, 0)),
            Capacity = capacity,
            Status = status,
        };
        Db.Sessions.Add(session);
        await Db.SaveChangesAsync();
        return session;
    }

    public Task<List<Attendee>> AttendanceAsync(Session session) =>
        NewContext().Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync();
}

// Runs the same work on several threads released together, as requests arriving at once.
// (SQLite's driver does its work synchronously, so plain Task.WhenAll would run them in turn.)
public static class AtOnce
{
    public static async Task<T[]> Run<T>(int count, Func<int, Task<T>> work)
    {
        using var start = new Barrier(count);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            return await work(i);
        })).ToArray();
        return await Task.WhenAll(tasks);
    }
}
