using Microsoft.EntityFrameworkCore;
using System.Net;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.SignIn;

[Collection(SharedApps.People)]
public class SignInTests(RoundtableApp app)
{
    private static Dictionary<string, string> Email(string value) => new() { ["Input.Email"] = value };

    [Fact]
    public async Task Post_ValidEmail_SendsOneLinkAndSaysWhereItWent()
    {
        var browser = app.CreateBrowser();
        var email = $"{TestData.Unique("someone")}@example.org";

        using var response = await browser.SubmitAsync("/sign-in", Email($"  {email.ToUpperInvariant()} "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in/check-email", response.Headers.Location?.OriginalString);
        var checkEmail = await browser.GetDocumentAsync("/sign-in/check-email");
        Assert.Equal("Check your email", checkEmail.Heading());
        Assert.Contains(email, checkEmail.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var message = Assert.Single(await app.MessagesToAsync(email));
        Assert.Equal("Your link to sign in to Roundtable", message.Subject);
        Assert.Contains("http://localhost/sign-in/link?token=", message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("   ", "Enter your email address")]
    [InlineData("not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("two@@example.org", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("no-domain@localhost", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("has space@example.org", "Enter an email address in the correct format, like name@example.com")]
    public async Task Post_BadEmail_ShowsTheProblemNextToTheFieldAndKeepsWhatWasTyped(string typed, string message)
    {
        var browser = app.CreateBrowser();

        using var response = await browser.SubmitAsync("/sign-in", Email(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(message, page.ErrorFor("Input_Email"));
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal("#Input_Email", page.QuerySelector(".nhsuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal(typed, page.GetElementById("Input_Email")?.GetAttribute("value") ?? "");
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverlongEmail_SaysTheLimit()
    {
        var browser = app.CreateBrowser();
        var typed = new string('a', 250) + "@example.org";

        using var response = await browser.SubmitAsync("/sign-in", Email(typed));

        var page = await response.ToDocumentAsync();
        Assert.Equal("Email address must be 254 characters or fewer", page.ErrorFor("Input_Email"));
        Assert.Equal(typed, page.GetElementById("Input_Email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_SameFormTwice_SendsOneLink()
    {
        var browser = app.CreateBrowser();
        var email = $"{TestData.Unique("double")}@example.org";
        var form = (await browser.GetDocumentAsync("/sign-in")).Form();

        using var first = await browser.SubmitAsync(form, Email(email));
        using var second = await browser.SubmitAsync(form, Email(email));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(await app.MessagesToAsync(email));
    }

    [Fact]
    public async Task Post_WithoutFormToken_IsRefused()
    {
        var browser = app.CreateBrowser();
        using var content = new FormUrlEncodedContent(Email("someone@example.org"));

        using var response = await browser.PostAsync("/sign-in", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Link_FromTheEmail_SignsInAfterPressingTheButton()
    {
        var person = await app.CreatePersonAsync("Jo Link");
        var browser = app.CreateBrowser();
        using (await browser.SubmitAsync("/sign-in", Email(person.Email!)))
        {
        }

        var link = await app.LatestSignInLinkAsync(person.Email!);
        var confirm = await browser.GetDocumentAsync(link);
        Assert.Equal("Sign in to Roundtable", confirm.Heading());
        Assert.Contains(person.Email!, confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var signedIn = await browser.SubmitAsync(confirm.Form());

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var account = await browser.GetDocumentAsync("/account");
        Assert.Contains("Jo Link", account.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_OpenedWithoutPressingTheButton_IsNotUsedUp()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.IssueLinkAsync(person.Email!);
        var scanner = app.CreateBrowser();

        await scanner.GetDocumentAsync($"/sign-in/link?token={token}");
        await scanner.GetDocumentAsync($"/sign-in/link?token={token}");

        var browser = app.CreateBrowser();
        await app.SignInWithTokenAsync(browser, token);
        using var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task Link_UsedOnce_CannotBeUsedFromAnotherBrowser()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.IssueLinkAsync(person.Email!);
        var mine = app.CreateBrowser();
        var theirs = app.CreateBrowser();
        var theirForm = (await theirs.GetDocumentAsync($"/sign-in/link?token={token}")).Form();
        await app.SignInWithTokenAsync(mine, token);

        using var response = await theirs.SubmitAsync(theirForm);

        var page = await response.ToDocumentAsync();
        Assert.Equal("This sign-in link has already been used", page.Heading());
        using var account = await theirs.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task Link_PressedTwiceInTheSameBrowser_SignsInBothTimes()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.IssueLinkAsync(person.Email!);
        var browser = app.CreateBrowser();
        var form = (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Form();

        // A double click sends the second request before the first one's answer arrives.
        var responses = await Task.WhenAll(browser.SubmitAsync(form), browser.SubmitAsync(form));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        Assert.All(responses, response => Assert.Equal("/", response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task Link_AfterTenMinutes_HasExpired()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.IssueLinkAsync(person.Email!);
        var browser = app.CreateBrowser();
        var form = (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Form();

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        using var response = await browser.SubmitAsync(form);

        var page = await response.ToDocumentAsync();
        Assert.Equal("This sign-in link has expired", page.Heading());
        Assert.Equal("/sign-in", page.QuerySelector("main a.nhsuk-button")?.GetAttribute("href"));
        Assert.Equal("This sign-in link has expired", (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Heading());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=nonsense")]
    public async Task Link_Unknown_SaysItDoesNotWork(string query)
    {
        var browser = app.CreateBrowser();

        var page = await browser.GetDocumentAsync("/sign-in/link" + query);

        Assert.Equal("This sign-in link does not work", page.Heading());
    }

    [Fact]
    public async Task Link_ForSomeoneNew_CreatesTheirAccountAndAsksTheirName()
    {
        var email = $"{TestData.Unique("new")}@example.org";
        var token = await app.IssueLinkAsync(email, returnUrl: "/privacy");
        var browser = app.CreateBrowser();

        using var response = await browser.SubmitAsync($"/sign-in/link?token={token}");

        Assert.Equal("/account/name?returnUrl=%2Fprivacy&welcome=True", response.Headers.Location?.OriginalString);
        var welcome = await browser.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Welcome to Roundtable", welcome.Heading());
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_GoesBackThere()
    {
        var person = await app.CreatePersonAsync();
        var browser = app.CreateBrowser();
        using (await browser.SubmitAsync("/sign-in?returnUrl=%2Faccount", Email(person.Email!)))
        {
        }

        using var response = await browser.SubmitAsync(await app.LatestSignInLinkAsync(person.Email!));

        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var kept = await app.WithDbAsync(db => db.SignInLinks.Where(l => l.Email == person.Email).Select(l => l.ReturnUrl).SingleAsync());
        Assert.Null(kept);
    }

    [Fact]
    public async Task SignIn_WithReturnUrlElsewhere_StaysOnRoundtable()
    {
        var person = await app.CreatePersonAsync();
        var browser = app.CreateBrowser();
        using (await browser.SubmitAsync("/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", Email(person.Email!)))
        {
        }

        using var response = await browser.SubmitAsync(await app.LatestSignInLinkAsync(person.Email!));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_Get_AsksAndChangesNothing()
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync());

        var page = await browser.GetDocumentAsync("/sign-out");

        Assert.NotNull(page.QuerySelector("main form button"));
        using var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task SignOut_Post_SignsOut()
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync());

        using var response = await browser.SubmitAsync("/sign-out");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("You have signed out.", (await browser.GetDocumentAsync("/")).Notice());
        using var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }
}
