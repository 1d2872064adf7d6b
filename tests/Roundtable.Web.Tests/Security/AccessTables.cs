namespace Roundtable.Web.Tests.Security;

// Every access table asks the same AccessFixture, set up once. The tables in this collection run
// one after another, so a test that counts rows sees no other test's change mid-way. None moves
// the fixture's clock: a table that must needs an app of its own.
[CollectionDefinition(Name)]
public sealed class AccessTables : ICollectionFixture<AccessFixture>
{
    public const string Name = "Access tables";
}
