using Roundtable.Core.Charter;

namespace Roundtable.Core.Tests.Charter;

// Markdig's output is small and regular, so these compare the exact HTML: anything an
// attacker could slip in would show up as a difference.
public class CharterMarkdownTests
{
    private static string Render(string? markdown) => CharterMarkdown.ToHtml(markdown).Trim();

    [Fact]
    public void ToHtml_ListsAndEmphasis_AreRendered() =>
        Assert.Equal(
            "<p>We commit to:</p>\n<ul>\n<li><strong>Doing</strong> what we say</li>\n<li>Being <em>transparent</em></li>\n</ul>",
            Render("We commit to:\n\n- **Doing** what we say\n- Being *transparent*"));

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there", "<p>Hello &lt;img src=x onerror=alert(1)&gt; there</p>")]
    [InlineData("<div onclick=\"alert(1)\">click</div>", "<p>&lt;div onclick=&quot;alert(1)&quot;&gt;click&lt;/div&gt;</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<p>&lt;iframe src=&quot;https://example.org&quot;&gt;&lt;/iframe&gt;</p>")]
    [InlineData("<svg/onload=alert(1)>", "<p>&lt;svg/onload=alert(1)&gt;</p>")]
    [InlineData("<!-- hidden -->", "<p>&lt;!-- hidden --&gt;</p>")]
    public void ToHtml_RawHtml_IsShownAsText(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    public void ToHtml_LinkWithAnUnsafeScheme_IsPlainText(string markdown) => Assert.Equal("<p>x</p>", Render(markdown));

    [Theory]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("<JAVASCRIPT:alert(1)>", "<p>JAVASCRIPT:alert(1)</p>")]
    [InlineData("<data:text/html,hi>", "<p>data:text/html,hi</p>")]
    public void ToHtml_AutolinkWithAnUnsafeScheme_IsPlainText(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("[NHS](https://www.nhs.uk)", "<p><a href=\"https://www.nhs.uk\" rel=\"nofollow\">NHS</a></p>")]
    [InlineData("[site](http://example.org/a?b=c:d)", "<p><a href=\"http://example.org/a?b=c:d\" rel=\"nofollow\">site</a></p>")]
    [InlineData("[email us](mailto:cop@example.org)", "<p><a href=\"mailto:cop@example.org\" rel=\"nofollow\">email us</a></p>")]
    [InlineData("[sessions](/communities/kent/sessions)", "<p><a href=\"/communities/kent/sessions\">sessions</a></p>")]
    [InlineData("[values](#our-values)", "<p><a href=\"#our-values\">values</a></p>")]
    [InlineData("<https://www.nhs.uk>", "<p><a href=\"https://www.nhs.uk\">https://www.nhs.uk</a></p>")]
    [InlineData("<cop@example.org>", "<p><a href=\"mailto:cop@example.org\">cop@example.org</a></p>")]
    [InlineData("Visit https://www.nhs.uk today", "<p>Visit <a href=\"https://www.nhs.uk\" rel=\"nofollow\">https://www.nhs.uk</a> today</p>")]
    public void ToHtml_SafeLink_IsKept(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("https://www.nhs.uk", true)]
    [InlineData("HTTPS://www.nhs.uk", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("/privacy", true)]
    [InlineData("//example.org/page", true)]
    [InlineData("notes/page?at=10:30", true)]
    [InlineData("#part:two", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" \u0001javascript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("tel:0123", false)]
    [InlineData("ftp://example.org", false)]
    public void IsSafeUrl_AllowsOnlyTheWebEmailAndThisSite(string? url, bool safe) => Assert.Equal(safe, CharterMarkdown.IsSafeUrl(url));

    [Theory]
    [InlineData("![A group photo](https://example.org/photo.jpg)")]
    [InlineData("![A group photo](javascript:alert(1))")]
    [InlineData("![A group photo](data:image/png;base64,AAAA)")]
    [InlineData("![A group photo](https://example.org/x.png \"onerror=alert(1)\")")]
    public void ToHtml_Image_ShowsItsAltTextInstead(string markdown) => Assert.Equal("<p>A group photo</p>", Render(markdown));

    [Fact]
    public void ToHtml_ImageInsideALink_KeepsTheLinkWithTheAltText() =>
        Assert.Equal(
            "<p><a href=\"https://example.org\" rel=\"nofollow\">logo</a></p>",
            Render("[![logo](https://example.org/logo.png)](https://example.org)"));

    [Fact]
    public void ToHtml_HtmlEntities_StayText() =>
        Assert.Equal(
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt; &amp; ©</p>",
            Render("&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;bold&#60;/b&#62; &amp; &copy;"));

    [Fact]
    public void ToHtml_LinkTitleWithQuotes_StaysInsideTheAttribute() =>
        Assert.Equal(
            "<p><a href=\"https://example.org\" rel=\"nofollow\" title=\"a&quot; onmouseover=&quot;alert(1)\">x</a></p>",
            Render("[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")"));

    [Fact]
    public void ToHtml_LinkUrlWithQuotes_StaysInsideTheAttribute() =>
        Assert.Equal(
            "<p><a href=\"https://example.org/%22onmouseover=%22alert(1)\" rel=\"nofollow\">x</a></p>",
            Render("[x](https://example.org/\"onmouseover=\"alert(1))"));

    [Fact]
    public void ToHtml_CodeBlockInfoString_CannotAddMarkup() =>
        Assert.DoesNotContain("<script", Render("```\"><script>alert(1)</script>\ncode\n```"), StringComparison.Ordinal);

    [Theory]
    [InlineData("# Heading", "<h3>Heading</h3>")]
    [InlineData("## Heading", "<h4>Heading</h4>")]
    [InlineData("### Heading", "<h5>Heading</h5>")]
    [InlineData("#### Heading", "<h6>Heading</h6>")]
    [InlineData("###### Heading", "<h6>Heading</h6>")]
    [InlineData("Heading\n=======", "<h3>Heading</h3>")]
    [InlineData("Heading\n-------", "<h4>Heading</h4>")]
    public void ToHtml_Headings_SitBelowTheSectionHeading(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ToHtml_NothingWritten_RendersNothing(string? markdown) => Assert.Equal("", Render(markdown));
}
