using System.Net;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Security;

public class SecurityHeaderTests(RoundtableApp app) : IClassFixture<RoundtableApp>
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

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains("base-uri 'none'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
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
