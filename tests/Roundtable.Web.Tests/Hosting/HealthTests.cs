using System.Net;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Get_Health_WithTheDatabaseReachable_Is200()
    {
        await using var app = await new RoundtableApp().StartAsync();

        using var response = await app.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Health_WithTheDatabaseGone_Is503()
    {
        await using var app = await new RoundtableApp().StartAsync();
        await app.Database.BreakAsync();

        using var response = await app.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        using var live = await app.CreateBrowser().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Get_Page_WhenSomethingBreaks_ShowsAFriendlyPageWithoutDetails()
    {
        await using var app = await new RoundtableApp().StartAsync();
        await app.Database.BreakAsync();

        using var response = await app.CreateBrowser().GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Sorry, there is a problem with the service", page.Heading());
        var text = page.DocumentElement.TextContent;
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Roundtable", text, StringComparison.Ordinal);
    }
}
