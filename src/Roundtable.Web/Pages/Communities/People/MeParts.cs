namespace Roundtable.Web.Pages.Communities.People;

// The parts of someone's place in a community, each changed on its own short page
// (/communities/{slug}/me/{part}) from the summary at /communities/{slug}/me.
public static class MeParts
{
    public const string WhoYouAre = "who-you-are";
    public const string OrganisationAndRole = "organisation-and-role";
    public const string Naming = "how-you-are-named";
    public const string AccessNeeds = "access-needs";
    public const string Consents = "consents";
    public const string Offers = "offers";

    public static readonly IReadOnlyList<string> All = [WhoYouAre, OrganisationAndRole, Naming, AccessNeeds, Consents, Offers];

    public static bool IsPart(string part) => All.Contains(part, StringComparer.Ordinal);

    public static string Path(string slug, string part) => $"/communities/{slug}/me/{part}";

    // The form fields each part sends; anything else sent to it is not this part's to change.
    public static IReadOnlyList<string> Fields(string part) => part switch
    {
        WhoYouAre => ["Input.Identities"],
        OrganisationAndRole => ["Input.Organisation", "Input.JobRole"],
        Naming => ["Input.Naming"],
        AccessNeeds => ["Input.AccessNeeds", "Input.OtherAccessNeeds"],
        Consents => ["Input.ContactConsent", "Input.QuoteConsent", "Input.PhotoConsent"],
        Offers => ["Input.Offers", "Input.LookingFor"],
        _ => [],
    };

    // The page's heading and title, and what the summary's "Change" link says after it.
    public static string Heading(string part) => part switch
    {
        WhoYouAre => "Who you are",
        OrganisationAndRole => "Your organisation and role",
        Naming => "How you are named",
        AccessNeeds => "What helps you take part",
        Consents => "What you agree to",
        _ => "What you offer and look for",
    };
}
