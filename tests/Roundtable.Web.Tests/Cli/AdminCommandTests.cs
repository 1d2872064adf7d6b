using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Security;
using Roundtable.Web.Cli;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Cli;

// The admin commands against the app's own services and database; ExecutableTests in the
// browser suite run them through the real executable.
[Collection(SharedApps.People)]
public class AdminCommandTests(RoundtableApp app)
{
    [Fact]
    public async Task CreateAdmin_ForSomeoneNew_MakesThemASiteAdmin()
    {
        var email = $"{TestData.Unique("boss")}@example.org";

        var (exit, output) = await RunAsync("admin", "create-admin", email);

        Assert.Equal(0, exit);
        Assert.Contains($"{email} is a site admin", output, StringComparison.Ordinal);
        var browser = app.CreateBrowser();
        await app.SignInAsync(browser, email);
        using var admin = await browser.GetAsync("/admin");
        Assert.Equal(System.Net.HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task CreateAdmin_Twice_IsHarmless()
    {
        var email = $"{TestData.Unique("boss")}@example.org";

        await RunAsync("admin", "create-admin", email);
        var (exit, _) = await RunAsync("admin", "create-admin", email.ToUpperInvariant());

        Assert.Equal(0, exit);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task CreateToken_PrintsATokenThatWorksAndIsStoredHashed()
    {
        var person = await app.CreatePersonAsync("Token Holder");

        var (exit, output) = await RunAsync("admin", "create-token", person.Email!, "--name", "My laptop");

        Assert.Equal(0, exit);
        var token = output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith(ApiTokens.TokenPrefix, StringComparison.Ordinal));
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(person.Email, me.GetProperty("email").GetString());
        var stored = await app.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.PersonId == person.Id && t.Name == "My laptop"));
        Assert.Equal(SecretToken.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin", "create-admin")]
    [InlineData("admin", "make-tea", "someone@example.org")]
    public async Task Admin_WithoutACommandItKnows_ShowsUsage(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_WithAMalformedEmail_SaysWhatIsWrong()
    {
        var (exit, output) = await RunAsync("admin", "create-admin", "not-an-email");

        Assert.Equal(2, exit);
        Assert.Contains("Enter an email address in the correct format", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAccount_EndsEverySessionAtOnceAndTheyCannotSignInAgain()
    {
        var person = await app.CreatePersonAsync("Leaving Soon");
        var phone = await app.BrowserForAsync(person);
        var laptop = await app.BrowserForAsync(person);
        var api = app.CreateBrowser();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(person));
        var unusedLink = await app.IssueLinkAsync(person.Email!);

        var (exit, output) = await RunAsync("admin", "remove-account", person.Email!);

        Assert.Equal(0, exit);
        Assert.Contains($"{person.Email} has been removed", output, StringComparison.Ordinal);
        foreach (var browser in new[] { phone, laptop })
        {
            using var account = await browser.GetAsync("/account");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, account.StatusCode);
        }

        using var me = await api.GetAsync("/api/v1/me");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, me.StatusCode);
        var again = app.CreateBrowser();
        var linkPage = await again.GetDocumentAsync($"/sign-in/link?token={Uri.EscapeDataString(unusedLink)}");
        using var refused = await again.SubmitAsync(linkPage.Form());
        Assert.Equal("You cannot sign in to Roundtable", (await refused.ToDocumentAsync()).Heading());
        using var stillOut = await again.GetAsync("/account");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, stillOut.StatusCode);
    }

    [Fact]
    public async Task RemoveAccount_NobodyWithThatAddress_SaysSoAndChangesNothing()
    {
        var email = $"{TestData.Unique("nobody")}@example.org";

        var (exit, output) = await RunAsync("admin", "remove-account", email);

        Assert.Equal(1, exit);
        Assert.Contains($"Nobody has an account with {email}", output, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(p => p.Email == email)));
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await AdminCommand.RunAsync(app.Services, args, output);
        return (exit, output.ToString());
    }
}
