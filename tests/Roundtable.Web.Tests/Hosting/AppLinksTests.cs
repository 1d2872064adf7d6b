using Microsoft.Extensions.Options;
using Roundtable.Web.Hosting;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

// The link in a sign-in email must open Roundtable: from App:BaseUrl, or when it is not set, the
// address the app listens on; never from the Host header a request brings.
public class AppLinksTests
{
    private static async Task<string> SignInEmailBodyAsync(RoundtableApp app, string? host = null)
    {
        var browser = app.CreateBrowser();
        var email = $"{TestData.Unique("links")}@example.org";
        var form = (await browser.GetDocumentAsync("/sign-in")).Form();
        if (host is not null)
        {
            browser.DefaultRequestHeaders.Host = host;
        }

        using (await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        return Assert.Single(await app.MessagesToAsync(email)).Body;
    }

    [Fact]
    public async Task SignInEmail_BaseUrlNotSet_LinksToTheAddressTheAppListensOn()
    {
        await using var app = await new RoundtableApp { ListensOnLoopback = true, Settings = { ["App:BaseUrl"] = "" } }.StartAsync();

        var body = await SignInEmailBodyAsync(app);

        Assert.Contains($"{app.LoopbackAddress.GetLeftPart(UriPartial.Authority)}/sign-in/link?token=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInEmail_ForgedHostHeader_NeverAppearsInTheLink()
    {
        await using var app = await new RoundtableApp { ListensOnLoopback = true, Settings = { ["App:BaseUrl"] = "" } }.StartAsync();

        var body = await SignInEmailBodyAsync(app, host: "evil.example");

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains($"{app.LoopbackAddress.GetLeftPart(UriPartial.Authority)}/sign-in/link?token=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInEmail_BaseUrlSet_LinksThereWhateverTheHostHeader()
    {
        await using var app = await new RoundtableApp { Settings = { ["App:BaseUrl"] = "https://roundtable.example.org/" } }.StartAsync();

        var body = await SignInEmailBodyAsync(app, host: "evil.example");

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains("https://roundtable.example.org/sign-in/link?token=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithoutBaseUrl_RefusesNamingTheSetting()
    {
        var app = new RoundtableApp { EnvironmentName = "Production", Settings = { ["App:BaseUrl"] = "" } };

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

        Assert.Contains("App:BaseUrl is not set", refused.Message, StringComparison.Ordinal);
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Start_InProductionWithBaseUrl_Starts()
    {
        await using var app = await new RoundtableApp { EnvironmentName = "Production", Settings = { ["App:BaseUrl"] = "https://roundtable.example.org" } }.StartAsync();

        using var live = await app.CreateBrowser().GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Start_BaseUrlNotAWebAddress_RefusesSayingWhatItShouldBe()
    {
        var app = new RoundtableApp { Settings = { ["App:BaseUrl"] = "roundtable.example.org" } };

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

        Assert.Contains("App:BaseUrl must be a full web address starting with http:// or https://", refused.Message, StringComparison.Ordinal);
        await app.DisposeAsync();
    }

    [Theory]
    [Trait("Database", "None")]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080")]
    [InlineData("http://[::]:5080", "http://localhost:5080")]
    [InlineData("http://+:80", "http://localhost:80")]
    [InlineData("https://*:5443", "https://localhost:5443")]
    [InlineData("http://[::]", "http://localhost")]
    [InlineData("http://127.0.0.1:40123", "http://127.0.0.1:40123")]
    [InlineData("http://roundtable.internal:8080", "http://roundtable.internal:8080")]
    public void Openable_AnyAddressHost_BecomesLocalhost(string listening, string link) =>
        Assert.Equal(link, AppLinks.Openable(listening));
}
