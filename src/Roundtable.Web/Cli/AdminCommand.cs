using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Web.Hosting;

namespace Roundtable.Web.Cli;

// `dotnet run --project src/Roundtable.Web -- admin <command> …`: the same executable and
// configuration as the app, so it works on whichever database the app uses.
public static class AdminCommand
{
    public const string Usage = """
        Usage:
          admin create-admin <email>                 make this person a site admin (creating them if new)
          admin create-token <email> [--name <name>] print a new personal API token for this person
          admin remove-account <email>               remove this person from the site: signed out everywhere at once, never again
        """;

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var command = args.ElementAtOrDefault(1);
        var email = args.ElementAtOrDefault(2);
        if (command is not ("create-admin" or "create-token" or "remove-account") || email is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (EmailAddress.Problem(email) is { } problem)
        {
            await output.WriteLineAsync($"{problem}.");
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Roundtable.Admin");
        await DatabaseStartup.PrepareAsync(scopes, loadDemoData: false, logger);

        using var scope = scopes.CreateScope();
        if (command == "remove-account")
        {
            var removed = await scope.ServiceProvider.GetRequiredService<AccountRemoval>().RemoveAsync(email);
            await output.WriteLineAsync(removed is null
                ? $"Nobody has an account with {EmailAddress.Normalise(email)}; nothing was changed."
                : $"{removed.Email} has been removed: signed out everywhere, API tokens revoked, and cannot sign in again.");
            return removed is null ? 1 : 0;
        }

        var accounts = scope.ServiceProvider.GetRequiredService<Accounts>();
        var person = await accounts.FindOrCreateAsync(email);

        if (command == "create-admin")
        {
            await accounts.MakeSiteAdminAsync(person);
            await output.WriteLineAsync($"{person.Email} is a site admin. They sign in with their email address at /sign-in.");
            return 0;
        }

        var today = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var name = NameOption(args) ?? $"Created {today:yyyy-MM-dd}";
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(person, name);
        await output.WriteLineAsync($"A new API token for {person.Email} (shown once; keep it secret):");
        await output.WriteLineAsync(token);
        return 0;
    }

    private static string? NameOption(string[] args)
    {
        var at = Array.IndexOf(args, "--name");
        return at >= 0 && at + 1 < args.Length && !string.IsNullOrWhiteSpace(args[at + 1]) ? args[at + 1].Trim() : null;
    }
}
