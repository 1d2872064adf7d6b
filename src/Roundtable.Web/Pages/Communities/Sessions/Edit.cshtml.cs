using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Sessions;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Communities.Attendance;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

public class EditModel(
    CurrentCommunity current, SessionSchedule schedule, SignUps signUps, IMailer mailer, IOptions<AppOptions> app, ILogger<EditModel> logger)
    : EditMeetingModel(current, schedule, mailer, app)
{
    public override SessionKind Kind => SessionKind.Session;

    // More places, or no limit now: the people waiting longest are booked into them, and told.
    protected override async Task SavedAsync(Session before, Session after, CancellationToken cancellationToken)
    {
        if (after.Capacity != before.Capacity)
        {
            var promoted = await signUps.FillFreePlacesAsync(after.Id, cancellationToken);
            await SignUpEmails.SendAsync(Mailer, logger, promoted, Guid.Empty, Community, after, App);
        }
    }
}
