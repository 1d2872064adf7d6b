using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// Where someone types the code the room's screen shows. A code that opens a room goes on to its
// own address (Join), which says who may come in and how; anything else is said beside the box,
// with what they typed kept.
public class EnterCodeModel(RoomCodes codes) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var entry = await codes.EnterAsync(Code, NetworkAddress.Of(HttpContext), cancellationToken);
        if (entry.Room is { Code: { } code })
        {
            return Redirect(RoomPages.CodePath(code));
        }

        ModelState.AddProblems([entry.Problem!], "");
        if (entry.Outcome == CodeOutcome.TooManyWrong)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)RoomCodeGuesses.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
