using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.SignIn;

namespace Roundtable.Bench;

// Makes a sign-in link, in the database the running app uses, for a member (not a co-lead) of
// one of the demo communities, and prints its path. Through Core, as the sign-in page would; the
// bench then signs in with it over HTTP as that member's browser would, so pages are measured as
// a signed-in member sees them.
public static class SignInLink
{
    public static async Task<int> RunAsync(Options options)
    {
        var provider = Enum.Parse<DatabaseProvider>(options.Text("provider"), ignoreCase: true);
        var slug = options.Text("community");
        var settings = new DbContextOptionsBuilder<RoundtableDb>().UseRoundtableDatabase(provider, options.Text("connection")).Options;
        await using var db = new RoundtableDb(settings);
        var email = await db.Memberships.AsNoTracking()
            .Where(m => m.Community.Slug == slug && m.Role == CommunityRole.Member && m.LeftAt == null
                        && !m.InLivedExpertGroup && m.Person.Email != null && m.Person.DisplayName != null)
            .OrderBy(m => m.Person.Email)
            .Select(m => m.Person.Email)
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException($"No member of {slug} to sign in as: is the demo data loaded?");

        var links = new SignInLinks(db, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new SignInLinkOptions()));
        var issued = await links.IssueAsync(email!, Guid.NewGuid(), returnUrl: null) as IssueResult.Issued
            ?? throw new InvalidOperationException($"No sign-in link was issued for {email}.");
        Console.WriteLine($"/sign-in/link?token={Uri.EscapeDataString(issued.Token)}");
        return 0;
    }
}
