using Microsoft.AspNetCore.Identity;

namespace Roundtable.Core.Data.Entities;

// Everyone who signs in is a person: members, co-leads, facilitators, site admins.
// Identity's user name is always the normalised email address; there are no passwords.
public class Person : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    // Removed from the site by an admin: they cannot sign in again, and what they contributed stays.
    public DateTimeOffset? RemovedAt { get; set; }

    public List<Membership> Memberships { get; } = [];

    public string NameOrEmail => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? "" : DisplayName;
}
