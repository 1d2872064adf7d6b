using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Web.Pages.Communities.People;

// A recorded consent change, as the member reads it in their history.
public static class ConsentWording
{
    public static string What(ConsentKind kind) => kind switch
    {
        ConsentKind.Contact => "Contact by the email list",
        ConsentKind.Quote => "Quotes in shared reports",
        _ => "Photos",
    };

    public static string Value(ConsentKind kind, string value) => (kind, value) switch
    {
        (ConsentKind.Quote, nameof(QuoteConsent.ByName)) => "Yes, by name",
        (ConsentKind.Quote, nameof(QuoteConsent.ByRole)) => "Yes, by role only",
        (ConsentKind.Quote, _) => "Not quoted",
        (_, Consents.Given) => "Yes, given",
        _ => "No, withdrawn",
    };
}
