using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Mail;
using Roundtable.Core.Mailing;

namespace Roundtable.Core.Reports;

// Sends a published version to the community's email list (co-leads only: Mailings checks), in
// the background, and records on the version which mailing carries it.
public sealed class ReportSending(RoundtableDb db, Mailings mailings, ILinks links, TimeProvider clock)
{
    public async Task<MailingResult?> SendAsync(Guid communityId, Guid reportId, int number, ReportReader by, string pagePath, Guid submissionKey, CancellationToken cancellationToken = default)
    {
        var version = await db.ReportVersions.Include(v => v.Report)
            .SingleOrDefaultAsync(v => v.ReportId == reportId && v.Number == number && v.Report.CommunityId == communityId, cancellationToken);
        if (version is null || !version.IsPublished || by.PersonId is not { } personId)
        {
            return null;
        }

        var email = ReportEmail.Of(CommunityReports.DocumentOf(version), links.To(pagePath));
        var result = await mailings.QueueAsync(communityId, email.Subject, email.Text, email.Html, personId, submissionKey, $"{email.Subject}, version {number}", cancellationToken);
        if (result.Outcome == MailingOutcome.Queued)
        {
            version.MailingId = result.Mailing!.Id;
            version.SentAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }
}
