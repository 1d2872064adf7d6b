using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

// Sending forms whose fields repeat a name (a group of checkboxes), which Html.SubmitAsync's
// dictionary cannot express: every field the form has, antiforgery token included, with each
// name the test gives replaced by all the values given for it (a null value sends none: every
// box unticked).
public static class PeopleForms
{
    public static async Task<HttpResponseMessage> SendFormAsync(
        this HttpClient client, IHtmlFormElement form, IEnumerable<(string Name, string? Value)> typed)
    {
        var given = typed.ToList();
        var names = given.Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var fields = Fields(form).Where(field => !names.Contains(field.Key)).ToList();
        fields.AddRange(given.Where(field => field.Value is not null).Select(field => new KeyValuePair<string, string>(field.Name, field.Value!)));

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Target(form), content);
    }

    // As Html.SubmitAsync, for forms with an action of their own (a page handler): AngleSharp
    // gives that action back unresolved, so it is resolved here against the page's address.
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string>? typed = null) =>
        client.SendFormAsync(form, (typed ?? new Dictionary<string, string>()).Select(field => (field.Key, (string?)field.Value)));

    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string>? typed, string selector)
    {
        var page = await client.GetDocumentAsync(url);
        return await client.PostFormAsync(page.Form(selector), typed);
    }

    private static Uri Target(IHtmlFormElement form)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? new Uri(form.BaseUri) : new Uri(new Uri(form.BaseUri), action);
    }

    public static async Task<HttpResponseMessage> SendFormAsync(
        this HttpClient client, string url, IEnumerable<(string Name, string? Value)> typed, string selector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        return await client.SendFormAsync(page.Form(selector), typed);
    }

    // A form token for this browser's person, from the sign-out form every signed-in page has:
    // for sending a form the person was never shown.
    public static async Task<HttpResponseMessage> PostAsAsync(this HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var form = (await client.GetDocumentAsync("/account")).Form("header form");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(url, content);
    }

    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.Headers.Location is not null, $"Expected a redirect, got {(int)response.StatusCode}");
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

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
            }
        }
    }
}
