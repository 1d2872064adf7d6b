using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Admin;

public partial class OutboxMessageModel(RoundtableDb db) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == Id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }

    // The headers beyond To and Subject (List-Unsubscribe…), as the outbox keeps them: "Name: value" a line.
    public IEnumerable<(string Name, string Value)> Headers() =>
        (Message.Headers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Select(parts => (parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : ""));

    // The plain-text body, encoded, with its web addresses made into links.
    public IHtmlContent Body()
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match link in WebAddress().Matches(Message.Body))
        {
            html.Append(Message.Body[at..link.Index]);
            html.AppendHtml("<a href=\"");
            html.Append(link.Value);
            html.AppendHtml("\">");
            html.Append(link.Value);
            html.AppendHtml("</a>");
            at = link.Index + link.Length;
        }

        html.Append(Message.Body[at..]);
        return html;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebAddress();
}
