namespace Roundtable.Core.Data.Entities;

// The keys that protect sign-in cookies, kept in the database so a restart, or a second
// app server, signs nobody out.
public class DataProtectionKey
{
    public int Id { get; init; }

    public string? FriendlyName { get; init; }

    public required string Xml { get; init; }
}
