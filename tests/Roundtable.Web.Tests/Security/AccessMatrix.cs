namespace Roundtable.Web.Tests.Security;

// What every access table shares. A row is a path and what each Visitor gets there, in the order
// Visitor declares them. Test classes derive from this rather than import it statically so that
// their tables can say SignIn: a static import would lose that name to Infrastructure.SignIn and
// to the PageTests.SignIn namespace.
public abstract class AccessMatrix
{
    // Any redirect in a table is the one to sign in; AssertAnswered checks that is where it goes.
    protected const int SignIn = 302;

    private static readonly Visitor[] Everyone = Enum.GetValues<Visitor>();

    protected static TheoryData<string, Visitor, int> Rows((string Path, int[] Expected)[] table)
    {
        var rows = new TheoryData<string, Visitor, int>();
        foreach (var (path, expected) in table)
        {
            for (var i = 0; i < Everyone.Length; i++)
            {
                rows.Add(path, Everyone[i], expected[i]);
            }
        }

        return rows;
    }

    // One row on its own, for an action that has no path to vary.
    protected static TheoryData<Visitor, int> Rows(int[] expected)
    {
        var rows = new TheoryData<Visitor, int>();
        for (var i = 0; i < Everyone.Length; i++)
        {
            rows.Add(Everyone[i], expected[i]);
        }

        return rows;
    }

    protected static void AssertAnswered(HttpResponseMessage response, int expected)
    {
        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == SignIn)
        {
            Assert.StartsWith("http://localhost/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    // AccessFixture's own places; a table with places of its own passes those instead.
    protected static string Resolve(AccessFixture app, string path) =>
        Resolve(new Places { Listed = app.Listed, Hidden = app.Hidden }, path)
            .Replace("{message}", app.OutboxMessageId.ToString(), StringComparison.Ordinal);

    protected static string Resolve(Places places, string path) => path
        .Replace("{listed}", places.Listed.Slug, StringComparison.Ordinal)
        .Replace("{hidden}", places.Hidden.Slug, StringComparison.Ordinal);
}
