using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Security;

// Puts the person's chosen name in their sign-in, so every page can greet them without
// asking the database.
public sealed class RoundtableClaims(UserManager<Person> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        }

        return identity;
    }
}

public static class DisplayNameExtensions
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(RoundtableClaims.DisplayName) ?? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
}
