using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Sessions;
using Roundtable.Web.Hosting;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

public class EditPreparationMeetingModel(CurrentCommunity current, SessionSchedule schedule, IMailer mailer, IOptions<AppOptions> app)
    : EditMeetingModel(current, schedule, mailer, app)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
