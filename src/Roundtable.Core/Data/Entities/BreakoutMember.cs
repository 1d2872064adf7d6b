namespace Roundtable.Core.Data.Entities;

public class BreakoutMember
{
    public Guid GroupId { get; set; }

    public BreakoutGroup Group { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    // Breakout rooms are per session: a person is in one group at a time.
    public Guid SessionId { get; init; }
}
