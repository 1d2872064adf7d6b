using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Roundtable.Web.Tests.Infrastructure;

// Reading pages and sending their forms as a browser would: every field the form has,
// its antiforgery token included, with the values a test chooses typed over them.
public static class Html
{
    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.ToDocumentAsync();
    }

    public static IHtmlFormElement Form(this IDocument document, string selector = "main form") =>
        document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches '{selector}'.");

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string>? typed = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in typed ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(field => field.Key == name);
            fields.Add(new(name, value));
        }

        // A form's own action (a page handler) is relative to the page it is on.
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? new Uri(form.BaseUri) : new Uri(new Uri(form.BaseUri), action);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(target, content);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string>? typed = null, string selector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page.Form(selector), typed);
    }

    // The error shown next to a field, without its visually hidden "Error:" prefix.
    public static string? ErrorFor(this IDocument page, string fieldId) =>
        page.GetElementById($"{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? Heading(this IDocument page) => page.QuerySelector("h1")?.TextContent.Trim();

    public static string? Notice(this IDocument page) =>
        page.QuerySelector(".nhsuk-notification-banner__heading")?.TextContent.Trim();
}
