using System.Globalization;
using Roundtable.Core.Data;

namespace Roundtable.Web.Hosting;

// The pages people open most without signing in — a community, one of its sessions — are the same
// for everyone not signed in, so the whole page is kept for a few seconds and sent again without
// reading the database or running Razor. Only for visitors who are not signed in, only a 200 that
// sets no cookie (the output cache's default policy), and only after authorisation has run, so a
// community that becomes hidden is hidden at once. A page is kept under the count of writes this
// server had made when it was asked for (DatabaseWrites), so any write makes every kept page
// unreachable, including one being made from what was read just before the write; the expiry
// covers writes this server did not make (another server on the same PostgreSQL, the admin command).
public static class AnonymousPages
{
    public const string Policy = nameof(AnonymousPages);

    public static readonly TimeSpan Expiry = KeptReads.Lifetime;

    public static IServiceCollection AddAnonymousPages(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, page => page
            .Expire(Expiry)
            .VaryByValue(http => new("writes", http.RequestServices.GetRequiredService<DatabaseWrites>().Count.ToString(CultureInfo.InvariantCulture)))));
        return services;
    }
}
