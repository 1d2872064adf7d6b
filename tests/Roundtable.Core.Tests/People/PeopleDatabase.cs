using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.People;

// A throwaway in-memory SQLite database with one community, for the people rules that query.
public sealed class PeopleDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public PeopleDatabase()
    {
        connection.Open();
        Db = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>().UseRoundtableDatabase(DatabaseProvider.Sqlite, null).Options);
        Db.Database.SetDbConnection(connection);
        Db.Database.EnsureCreated();
        Community = new Community { Slug = "harbour", Name = "Harbour CoP", Purpose = "To learn.", Region = "Harbour Town" };
        Db.Communities.Add(Community);
        Db.SaveChanges();
    }

    public RoundtableDb Db { get; }

    public Community Community { get; }

    public Membership Join(string name, Community? community = null)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org";
        var person = new Person { Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, DisplayName = name };
        var membership = new Membership { CommunityId = (community ?? Community).Id, PersonId = person.Id, Role = CommunityRole.Member };
        Db.Users.Add(person);
        Db.Memberships.Add(membership);
        Db.SaveChanges();
        return membership;
    }

    public void Dispose()
    {
        Db.Dispose();
        connection.Dispose();
    }
}
