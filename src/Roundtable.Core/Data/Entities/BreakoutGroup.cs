namespace Roundtable.Core.Data.Entities;

// A breakout room of six to eight, mixed so each hears lived experience and staff, with a chair.
public class BreakoutGroup
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public int Number { get; init; }

    public Guid? ChairId { get; set; }

    public Person? Chair { get; set; }

    public List<BreakoutMember> Members { get; } = [];
}
