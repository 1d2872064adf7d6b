using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Calendar;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;
using Roundtable.Web.Calendar;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Account;

// A person's own calendar link. The link is made when the page is shown and travels sealed in
// the form, so a second click on "Make" finds the link the first click made and shows it again;
// after that it is shown once, from TempData, and only its hash is kept.
public class CalendarModel(CalendarFeeds feeds, CalendarFiles files, IDataProtectionProvider protection) : PageModel
{
    private const string JustMade = "CalendarLink";

    [BindProperty]
    public string? SealedToken { get; set; }

    public CalendarFeed? Current { get; private set; }

    public Uri? NewLink { get; private set; }

    // The same address for calendar apps that open webcal: links themselves.
    public string? NewSubscribeLink => NewLink is null ? null : $"webcal://{NewLink.Authority}{NewLink.PathAndQuery}";

    private Guid PersonId => User.PersonId() ?? throw new InvalidOperationException("Signed in without an account.");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await feeds.CurrentAsync(PersonId, cancellationToken);
        // Shown only while it is still their link: not once it has been stopped or replaced.
        if (TempData[JustMade] is string token && Current is not null && SecretToken.Hash(token) == Current.TokenHash)
        {
            NewLink = files.Link(CalendarFiles.PersonPath(token));
        }

        SealedToken = Protector().Protect(CalendarFeeds.NewToken());
    }

    public async Task<IActionResult> OnPostMakeAsync(CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = Protector().Unprotect(SealedToken ?? "");
        }
        catch (CryptographicException)
        {
            TempData.Notify("Your calendar link could not be made from that page. Try again.");
            return RedirectToPage();
        }

        if (await feeds.MakeAsync(PersonId, token, cancellationToken) == CalendarFeeds.Made.Stopped)
        {
            TempData.Notify("That calendar link has been stopped. Make a new one if you need it.");
            return RedirectToPage();
        }

        TempData[JustMade] = token;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken)
    {
        await feeds.StopAsync(PersonId, cancellationToken);
        TempData.Notify("Your calendar link has been stopped. Calendars that used it will no longer be updated.");
        return RedirectToPage();
    }

    // Sealed for this person only: a form copied from someone else's page opens nothing here.
    private IDataProtector Protector() => protection.CreateProtector("Roundtable.CalendarLink", PersonId.ToString());
}
