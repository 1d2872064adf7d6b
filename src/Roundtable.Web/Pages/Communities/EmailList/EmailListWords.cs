using Roundtable.Core.Mailing;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.EmailList;

public static class EmailListWords
{
    public static string Path(string slug) => $"/communities/{slug}/email-list";

    public static string MailingsPath(string slug) => $"/communities/{slug}/email-list/mailings";

    public static string MailingPath(string slug, Guid id) => $"/communities/{slug}/email-list/mailings/{id}";

    public static Crumb ListCrumb(string slug) => new(Path(slug), "Email list");

    public static Crumb MailingsCrumb(string slug) => new(MailingsPath(slug), "Sent");

    public static string Status(SubscriberStatus status) => status switch
    {
        SubscriberStatus.Confirmed => "Confirmed",
        SubscriberStatus.AwaitingConfirmation => "Waiting for them to confirm",
        _ => "Link expired: add them again to send a new one",
    };

    public static string TagColour(SubscriberStatus status) => status switch
    {
        SubscriberStatus.Confirmed => "nhsuk-tag--green",
        SubscriberStatus.AwaitingConfirmation => "nhsuk-tag--blue",
        _ => "nhsuk-tag--grey",
    };

    // "12 of 30 sent, 1 failed".
    public static string Progress(MailingProgress p) =>
        $"{p.Sent} of {p.Recipients} sent" + (p.Failed > 0 ? $", {p.Failed} failed" : "");

    public static string People(int count) => count == 1 ? "1 person" : $"{count} people";
}
