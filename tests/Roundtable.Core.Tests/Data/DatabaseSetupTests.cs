using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Roundtable.Core.Data;

namespace Roundtable.Core.Tests.Data;

public class DatabaseSetupTests
{
    [Theory]
    [InlineData("Data Source=data/roundtable.db", "/srv/roundtable/app", "/srv/roundtable/app/data/roundtable.db")]
    [InlineData("Data Source=../../data/roundtable.db", "/repo/src/Roundtable.Web", "/repo/data/roundtable.db")]
    [InlineData("Data Source=/var/lib/roundtable/roundtable.db", "/srv/roundtable/app", "/var/lib/roundtable/roundtable.db")]
    [InlineData("Data Source=:memory:", "/srv/roundtable/app", ":memory:")]
    public void UseRoundtableDatabase_RelativeSqliteFile_IsFoundFromTheContentRoot(string connectionString, string contentRoot, string expected)
    {
        var options = new DbContextOptionsBuilder<RoundtableDb>()
            .UseRoundtableDatabase(DatabaseProvider.Sqlite, connectionString, contentRoot)
            .Options;

        var used = options.Extensions.OfType<RelationalOptionsExtension>().Single().ConnectionString;
        Assert.Equal(expected, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(used).DataSource);
    }

    [Fact]
    public void UseRoundtableDatabase_PostgresWithoutAConnectionString_SaysWhatToSet()
    {
        var problem = Assert.Throws<InvalidOperationException>(() =>
            new DbContextOptionsBuilder<RoundtableDb>().UseRoundtableDatabase(DatabaseProvider.Postgres, null));

        Assert.Contains("ConnectionStrings:Roundtable", problem.Message, StringComparison.Ordinal);
    }
}
