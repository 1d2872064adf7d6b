using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SignIn;

namespace Roundtable.Web.Tests.Infrastructure;

public static class SignIn
{
    // Signs a browser in the way a person does, by using a sign-in link; only the email that
    // carries the link is skipped (SignInTests cover that part).
    public static async Task<HttpClient> BrowserForAsync(this RoundtableApp app, Person? person)
    {
        var browser = app.CreateBrowser();
        if (person is not null)
        {
            await app.SignInAsync(browser, person.Email!);
        }

        return browser;
    }

    public static async Task SignInAsync(this RoundtableApp app, HttpClient browser, string email, bool staySignedIn = true) =>
        await app.SignInWithTokenAsync(browser, await app.IssueLinkAsync(email), staySignedIn);

    // People in tests sign in on their own device, so a test that moves the clock on by days finds
    // them still signed in; SessionTests try both ways.
    public static async Task SignInWithTokenAsync(this RoundtableApp app, HttpClient browser, string token, bool staySignedIn = true)
    {
        var page = await browser.GetDocumentAsync($"/sign-in/link?token={Uri.EscapeDataString(token)}");
        using var response = await browser.SubmitAsync(page.Form(), staySignedIn ? new Dictionary<string, string> { ["StaySignedIn"] = "true" } : null);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> IssueLinkAsync(this RoundtableApp app, string email, string? returnUrl = null)
    {
        IssueResult result = null!;
        await app.WithScopeAsync(async services =>
            result = await services.GetRequiredService<SignInLinks>().IssueAsync(email, Guid.NewGuid(), returnUrl));
        return Assert.IsType<IssueResult.Issued>(result).Token;
    }
}
