using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Roundtable.Web.Tests.Infrastructure;

// Reading pages and sending their forms as a browser would: every field the form has,
// its antiforgery token included, with the values a test chooses typed over them; and, for a
// form someone was never shown, the fields a test chooses with that browser's own token.
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

    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string>? typed = null) =>
        client.SubmitAsync(form, (typed ?? new Dictionary<string, string>()).Select(field => (field.Key, (string?)field.Value)));

    // For names that repeat (a group of checkboxes), which a dictionary cannot hold: each name given
    // replaces every value the form has for it with all the values given for it, and a null value
    // sends none (every box unticked).
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, IEnumerable<(string Name, string? Value)> typed)
    {
        var given = typed.ToList();
        var names = given.Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var fields = Fields(form).Where(field => !names.Contains(field.Key)).ToList();
        fields.AddRange(given.Where(field => field.Value is not null).Select(field => new KeyValuePair<string, string>(field.Name, field.Value!)));

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

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IEnumerable<(string Name, string? Value)> typed, string selector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(page.Form(selector), typed);
    }

    // Sends fields the person was never shown (a page they may not open, a handler for something
    // that is not theirs) as they could craft them: with this browser's own form token, so what
    // answers is the page's authorisation rather than the antiforgery check.
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient browser, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await browser.FormTokenAsync();
        using var content = new FormUrlEncodedContent(token is null ? fields : [new("__RequestVerificationToken", token), .. fields]);
        return await browser.PostAsync(url, content);
    }

    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient browser, string url, params (string Name, string Value)[] fields) =>
        browser.PostWithTokenAsync(url, fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));

    // The page a redirect sends the browser to, opened as the browser would open it next.
    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.Headers.Location is not null, $"Expected a redirect, got {(int)response.StatusCode}");
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    // The error shown next to a field, without its visually hidden "Error:" prefix.
    public static string? ErrorFor(this IDocument page, string fieldId) =>
        page.GetElementById($"{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? Heading(this IDocument page) => page.QuerySelector("h1")?.TextContent.Trim();

    public static string? Notice(this IDocument page) =>
        page.QuerySelector(".nhsuk-notification-banner__heading")?.TextContent.Trim();

    // What a browser would send of a form as it stands: unticked boxes send nothing.
    private static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    yield return new(name, input.Value);
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    yield return new(name, textArea.Value);
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    yield return new(name, select.Value ?? "");
                    break;
            }
        }
    }

    // The sign-out form in the header of every signed-in page carries this browser's token; /account
    // is a page everyone signed in may open. Someone not signed in has no such form, so no token.
    private static async Task<string?> FormTokenAsync(this HttpClient browser)
    {
        using var response = await browser.GetAsync("/account");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return null;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /account answered {(int)response.StatusCode}");
        var form = (await response.ToDocumentAsync()).Form("header form");
        return form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
