using Microsoft.AspNetCore.Html;

namespace Roundtable.Web.TagHelpers;

// The hint and error message that sit under a field's label or legend, and the ids that the
// field's aria-describedby lists: hint first, then error, as nhsuk-frontend orders them.
internal sealed record FieldMessages(IHtmlContent Html, string? DescribedBy)
{
    public static FieldMessages For(FieldState field, string? hint)
    {
        var html = new HtmlContentBuilder();
        string? hintId = null;
        string? errorId = null;
        if (!string.IsNullOrEmpty(hint))
        {
            hintId = field.Id + "-hint";
            html.AppendHtml(NhsMarkup.Hint(hintId, hint));
        }

        if (!string.IsNullOrEmpty(field.ErrorMessage))
        {
            errorId = field.Id + "-error";
            html.AppendHtml(NhsMarkup.ErrorMessage(errorId, field.ErrorMessage));
        }

        return new FieldMessages(html, NhsMarkup.DescribedBy(hintId, errorId));
    }
}
