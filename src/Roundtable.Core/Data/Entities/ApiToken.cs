namespace Roundtable.Core.Data.Entities;

// A personal token for the JSON API. Like sign-in links, only a hash is stored.
public class ApiToken
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public required string Name { get; init; }

    public required string TokenHash { get; init; }

    // The first characters of the token, shown so people can tell their tokens apart.
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
