namespace Roundtable.Web.Tests.TagHelpers;

// The comparer decides every fixture test, so it must notice each kind of difference it claims to.
[Trait("Database", "None")]
public class HtmlAssertTests
{
    [Fact]
    public void Compare_ClassOrderAndFormattingWhitespace_AreEquivalent()
    {
        var differences = HtmlAssert.Differences(
            "<div class=\"a b\">\n  <span>\n    Text\n  </span>\n</div>",
            "<div class=\"b a\"><span>Text</span></div>");

        Assert.Empty(differences);
    }

    [Fact]
    public void Compare_DifferentAttributeValue_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<input id=\"a\" type=\"text\">", "<input id=\"a\" type=\"email\">");

        Assert.Single(differences);
    }

    [Fact]
    public void Compare_ExtraAttribute_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<input id=\"a\">", "<input id=\"a\" maxlength=\"5\">");

        Assert.Single(differences);
    }

    [Fact]
    public void Compare_ElementsInDifferentOrder_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<div><label></label><input></div>", "<div><input><label></label></div>");

        Assert.NotEmpty(differences);
    }

    [Fact]
    public void Compare_MissingElement_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<div><label></label><input></div>", "<div><input></div>");

        Assert.NotEmpty(differences);
    }

    [Fact]
    public void Compare_DifferentText_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<p>Save</p>", "<p>Send</p>");

        Assert.Single(differences);
    }

    [Fact]
    public void Compare_MissingVisibleSpace_ReportsDifference()
    {
        var differences = HtmlAssert.Differences("<p><b>Error:</b> Enter a name</p>", "<p><b>Error:</b>Enter a name</p>");

        Assert.Single(differences);
    }

    [Fact]
    public void Compare_RenamedIds_AreEquivalent()
    {
        var differences = HtmlAssert.Differences(
            "<label for=\"example\"></label><input id=\"example\" name=\"example\" aria-describedby=\"example-hint\">",
            "<label for=\"Input_Name\"></label><input id=\"Input_Name\" name=\"Input.Name\" aria-describedby=\"Input_Name-hint\">",
            ("Input_Name", "example"),
            ("Input.Name", "example"));

        Assert.Empty(differences);
    }
}
