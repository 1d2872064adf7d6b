using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsButtonTagHelperTests
{
    [Theory]
    [InlineData("default", "Save and continue", null)]
    [InlineData("secondary", "Find my location", "secondary")]
    [InlineData("secondary, solid background", "Find my location", "secondary-solid")]
    [InlineData("reverse", "Log out", "reverse")]
    [InlineData("warning", "Yes, delete this vaccine", "warning")]
    [InlineData("login", "Continue", "login")]
    public async Task Render_Variant_MatchesDesignSystem(string fixture, string text, string? variant)
    {
        var button = new NhsButtonTagHelper { Variant = variant };

        var html = await TagHelperRenderer.RenderAsync(button, "nhs-button", text);

        HtmlAssert.Equivalent(NhsFixtures.Html("button", fixture), html);
    }

    [Theory]
    [InlineData("as a link", "Link button", null)]
    [InlineData("secondary as a link", "Find my location", "secondary")]
    [InlineData("reverse as a link", "Log out", "reverse")]
    [InlineData("warning as a link", "Yes, delete this vaccine", "warning")]
    [InlineData("login as a link", "Continue", "login")]
    public async Task Render_Href_MatchesDesignSystemLink(string fixture, string text, string? variant)
    {
        var button = new NhsButtonTagHelper { Variant = variant, Href = "#" };

        var html = await TagHelperRenderer.RenderAsync(button, "nhs-button", text);

        HtmlAssert.Equivalent(NhsFixtures.Html("button", fixture), html);
    }

    [Theory]
    [InlineData("with double click prevented", true)]
    [InlineData("with double click not prevented", false)]
    public async Task Render_PreventDoubleClick_MatchesDesignSystem(string fixture, bool preventDoubleClick)
    {
        var button = new NhsButtonTagHelper { PreventDoubleClick = preventDoubleClick };

        var html = await TagHelperRenderer.RenderAsync(button, "nhs-button", "Save and continue");

        HtmlAssert.Equivalent(NhsFixtures.Html("button", fixture), html);
    }

    [Fact]
    public async Task Render_TypeNameAndValue_AreOnTheButton()
    {
        var button = new NhsButtonTagHelper { Type = "button", Name = "handler", Value = "archive" };

        var html = await TagHelperRenderer.RenderAsync(button, "nhs-button", "Archive");

        var element = HtmlAssert.Parse(html).QuerySelector("button")!;
        Assert.Equal("button", element.GetAttribute("type"));
        Assert.Equal("handler", element.GetAttribute("name"));
        Assert.Equal("archive", element.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_HrefWithNameAndValue_LinkHasNoButtonAttributes()
    {
        var button = new NhsButtonTagHelper { Href = "/communities/new", Name = "handler", Value = "archive" };

        var html = await TagHelperRenderer.RenderAsync(button, "nhs-button", "Start a community");

        var link = HtmlAssert.Parse(html).QuerySelector("a")!;
        Assert.Equal("/communities/new", link.GetAttribute("href"));
        Assert.False(link.HasAttribute("type"));
        Assert.False(link.HasAttribute("name"));
        Assert.False(link.HasAttribute("value"));
    }

    [Fact]
    public async Task Render_UnknownVariant_Throws()
    {
        var button = new NhsButtonTagHelper { Variant = "primary" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => TagHelperRenderer.RenderAsync(button, "nhs-button", "Save"));
    }
}
