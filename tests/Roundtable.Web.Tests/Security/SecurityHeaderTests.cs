using System.Net;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Security;

[Collection(SharedApps.People)]
public class SecurityHeaderTests(RoundtableApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/no/such/page")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    [InlineData("/api/v1/me")]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await app.CreateBrowser().GetAsync(path);

        SecurityHeaderCheck.AssertPresent(response);
        Assert.DoesNotContain("unsafe-inline", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Pages_HaveNoInlineScriptOrStyle()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/sign-in");

        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), script.OuterHtml));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onsubmit]"));
    }

    [Fact]
    public async Task Get_OverHttpsOutsideDevelopment_SendsHsts()
    {
        var browser = app.CreateClient(new() { BaseAddress = new Uri("https://roundtable.example"), AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InDevelopment_SendsNoHsts()
    {
        await using var development = await new RoundtableApp { EnvironmentName = "Development" }.StartAsync();
        var browser = development.CreateClient(new() { BaseAddress = new Uri("https://roundtable.example"), AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_SignInCookie_IsHttpOnly()
    {
        var person = await app.CreatePersonAsync();
        var token = await app.IssueLinkAsync(person.Email!);
        var browser = app.CreateBrowser();
        var form = (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Form();

        using var response = await browser.SubmitAsync(form);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("roundtable.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
