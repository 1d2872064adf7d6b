using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Resources;

// Who is looking at the community's resources, and what they may do. Members see them (the doors
// say so); one tagged to a preparation meeting stays inside the lived-expert group, as the meeting
// does; the person who added one and the co-leads change or remove it.
public sealed record ResourceVisitor(Guid PersonId, Membership? Membership, bool CoLead)
{
    public bool InLivedExpertSpace => CommunityAccess.InLivedExpertSpace(Membership);

    public bool MayChange(Resource resource) => CoLead || resource.AddedById == PersonId;

    public bool MayChange(Guid addedById) => CoLead || addedById == PersonId;
}

public static class ResourceAccess
{
    public static IQueryable<Resource> VisibleTo(this IQueryable<Resource> resources, ResourceVisitor visitor) =>
        visitor.InLivedExpertSpace ? resources : resources.Where(r => !r.Sessions.Any(s => s.Kind == SessionKind.PreparationMeeting));
}
