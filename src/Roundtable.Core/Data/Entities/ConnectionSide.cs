namespace Roundtable.Core.Data.Entities;

public enum ConnectionSideKind
{
    Member = 0,
    SubGroup = 1,

    // A group or service outside Roundtable, named in words: "Carers' Hub", "the falls service".
    Named = 2,
}

// One side of a brokered connection: a member, one of the community's sub-groups, or a group or
// service named in words. A small value kept in the connection's own row, so another kind of side
// (an organisation on the system map) is one more kind and one more id.
public class ConnectionSide
{
    public const int NameMaxLength = 200;

    public ConnectionSideKind Kind { get; init; }

    public Guid? PersonId { get; init; }

    public Guid? SubGroupId { get; init; }

    public string? Name { get; init; }

    public static ConnectionSide Member(Guid personId) => new() { Kind = ConnectionSideKind.Member, PersonId = personId };

    public static ConnectionSide OfSubGroup(Guid subGroupId) => new() { Kind = ConnectionSideKind.SubGroup, SubGroupId = subGroupId };

    public static ConnectionSide NamedAs(string name) => new() { Kind = ConnectionSideKind.Named, Name = name };

    public bool Is(Guid personId) => Kind == ConnectionSideKind.Member && PersonId == personId;
}
