using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsBackLinkTagHelperTests
{
    [Fact]
    public async Task Render_Default_IsTheDesignSystemsLinkInANavigationLandmark()
    {
        var backLink = new NhsBackLinkTagHelper { Href = "#" };

        var html = await TagHelperRenderer.RenderAsync(backLink, "nhs-back-link");

        var nav = HtmlAssert.Parse(html).QuerySelector("nav")!;
        Assert.Equal("Back", nav.GetAttribute("aria-label"));
        HtmlAssert.Equivalent(NhsFixtures.Html("back-link", "default"), nav.InnerHtml);
    }

    [Fact]
    public async Task Render_To_IsReadOutButNotShownAndIsEncoded()
    {
        var backLink = new NhsBackLinkTagHelper { Href = "/account?a=1&b=2", To = "to <your> account" };

        var html = await TagHelperRenderer.RenderAsync(backLink, "nhs-back-link");

        var link = HtmlAssert.Parse(html).QuerySelector("nav a.nhsuk-back-link")!;
        Assert.Equal("/account?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal(" to <your> account", link.QuerySelector(".nhsuk-u-visually-hidden")!.TextContent);
        Assert.Equal("Back to <your> account", link.TextContent);
        Assert.DoesNotContain("<your>", html, StringComparison.Ordinal);
    }
}
