using Microsoft.AspNetCore.Identity;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.People;

// Everyone has an account the moment they first sign in by email: there is nothing to
// register and no password to forget.
public sealed class Accounts(UserManager<Person> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    public async Task<Person?> FindAsync(string email) =>
        await users.FindByEmailAsync(EmailAddress.Normalise(email));

    public async Task<Person> FindOrCreateAsync(string email)
    {
        email = EmailAddress.Normalise(email);
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(person);
        if (created.Succeeded)
        {
            return person;
        }

        // Two first sign-ins for the same address raced: the other one created the account.
        return await users.FindByEmailAsync(email)
            ?? throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    public async Task MakeSiteAdminAsync(Person person)
    {
        if (!await roles.RoleExistsAsync(SiteRoles.Admin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(SiteRoles.Admin) { Id = Guid.CreateVersion7() });
        }

        if (!await users.IsInRoleAsync(person, SiteRoles.Admin))
        {
            Check(await users.AddToRoleAsync(person, SiteRoles.Admin));
        }
    }

    public Task<bool> IsSiteAdminAsync(Person person) => users.IsInRoleAsync(person, SiteRoles.Admin);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
