using System.Security.Claims;
using Roundtable.Core.Reports;

namespace Roundtable.Web.Security;

// Who is reading a community's reports, as Core's rules want it: the pages and the API both ask it here.
public static class ReportReaders
{
    public static ReportReader ReportReader(this CurrentCommunity.Place here, ClaimsPrincipal user) =>
        new(user.PersonId(), here.Role, here.IsSiteAdmin);
}
