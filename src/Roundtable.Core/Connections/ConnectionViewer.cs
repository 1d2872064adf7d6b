using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Connections;

// Who is looking at connections: their membership (null for a site admin who is not a member).
public sealed record ConnectionViewer(Guid? PersonId, Membership? Membership, bool IsSiteAdmin)
{
    public bool IsCoLead => CommunityAccess.Allows(Membership?.Role, IsSiteAdmin, CommunityRole.CoLead);

    public bool IsFacilitator => CommunityAccess.Allows(Membership?.Role, IsSiteAdmin, CommunityRole.Facilitator);

    public bool InLivedExpertSpace => CommunityAccess.InLivedExpertSpace(Membership);

    public bool IsPartOf(Connection connection) =>
        PersonId is { } me && (connection.From.Is(me) || connection.To.Is(me) || connection.BrokeredById == me);
}
