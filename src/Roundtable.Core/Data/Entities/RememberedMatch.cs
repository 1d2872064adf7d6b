namespace Roundtable.Core.Data.Entities;

// A name or email address in a meeting's attendance report that a facilitator said was this
// member: the community's next report matches it without asking, and says so.
public class RememberedMatch
{
    public const int KeyMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    // How reports write them: "email:…" when the row had an address, "name:…" when it did not.
    public required string Key { get; init; }

    // As the report wrote them, to show the match and to list the row again if it is undone.
    public required string Name { get; set; }

    public string? Email { get; set; }

    public Guid PersonId { get; set; }

    public Person Person { get; init; } = null!;

    public DateTimeOffset ChosenAt { get; set; }
}
