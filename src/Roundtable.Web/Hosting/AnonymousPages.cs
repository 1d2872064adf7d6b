namespace Roundtable.Web.Hosting;

// The pages people open most without signing in — a community, one of its sessions — are the same
// for everyone not signed in, so the whole page is kept for a few seconds and sent again without
// reading the database or running Razor. Only for visitors who are not signed in, only a 200 that
// sets no cookie (the output cache's default policy), and only after authorisation has run, so a
// community that becomes hidden is hidden at once. Any write to the database forgets them all
// (AnonymousPagesWrites); the expiry covers writes this server did not make (another server on
// the same PostgreSQL, the admin command) and a page rendered from what was read just before a write.
public static class AnonymousPages
{
    public const string Policy = nameof(AnonymousPages);

    public const string Tag = "anonymous-pages";

    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddAnonymousPages(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, page => page.Expire(Expiry).Tag(Tag)));
        services.AddSingleton<AnonymousPagesWrites>();
        return services;
    }
}
