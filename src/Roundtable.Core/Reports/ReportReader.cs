using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Reports;

// Who is asking, in the report's community: co-leads and facilitators (and site admins) draft,
// edit and publish and see drafts; members read published versions; anyone who may know the
// community reads a published version of a report made public.
public sealed record ReportReader(Guid? PersonId, CommunityRole? Role, bool IsSiteAdmin)
{
    public static readonly ReportReader Anyone = new(null, null, false);

    public bool MayWrite => CommunityAccess.Allows(Role, IsSiteAdmin, CommunityRole.Facilitator);

    public bool IsMember => Role is not null || IsSiteAdmin;

    public bool MayRead(Report report, ReportVersion version) =>
        MayWrite || (version.IsPublished && (IsMember || report.IsPublic));
}
