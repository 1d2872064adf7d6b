using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Tests.Infrastructure;

public static partial class Outbox
{
    public static Task<List<OutboxMessage>> MessagesToAsync(this RoundtableApp app, string email) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync());

    // The path and query of the sign-in link in the newest email to this address.
    public static async Task<string> LatestSignInLinkAsync(this RoundtableApp app, string email)
    {
        var messages = await app.MessagesToAsync(email);
        var link = SignInLink().Match(Assert.Single(messages.TakeLast(1)).Body);
        Assert.True(link.Success, "The email has no sign-in link.");
        return new Uri(link.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/sign-in/link\?token=\S+")]
    private static partial Regex SignInLink();
}
