using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsErrorSummaryTagHelperTests
{
    [Fact]
    public async Task Render_OneFieldError_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("example-day", "Date of birth must be in the past");

        var html = await RenderAsync(form);

        HtmlAssert.Equivalent(NhsFixtures.Html("error-summary", "default"), html);
    }

    [Fact]
    public async Task Render_SeveralFieldErrors_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.FirstName", "Enter your first name");
        form.ModelState.AddModelError("Input.LastName", "Enter your last name");

        var html = await RenderAsync(form);

        HtmlAssert.Equivalent(
            NhsFixtures.Html("error-summary", "with multiple errors"),
            html,
            ("Input_FirstName", "example-first-name"),
            ("Input_LastName", "example-last-name"));
    }

    [Fact]
    public async Task Render_ModelLevelError_MatchesDesignSystemWithoutLink()
    {
        var form = new TestForm();
        form.ModelState.AddModelError(string.Empty, "Invalid username or password");

        var html = await RenderAsync(form);

        HtmlAssert.Equivalent(NhsFixtures.Html("error-summary", "without error link"), html);
    }

    [Fact]
    public async Task Render_ModelLevelAndFieldErrors_MatchesDesignSystemMixed()
    {
        var form = new TestForm();
        form.ModelState.AddModelError(string.Empty, "Invalid username or password");
        form.ModelState.AddModelError("example-terms-of-service", "Agree to the terms of service to log in");

        var html = await RenderAsync(form);

        HtmlAssert.Equivalent(NhsFixtures.Html("error-summary", "without error link (mixed)"), html);
    }

    [Fact]
    public async Task Render_ValidModelState_RendersNothing()
    {
        var form = new TestForm();
        form.Posted("Input.Example", "ada@example.com");

        var html = await RenderAsync(form);

        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public async Task Render_DottedKey_LinksToFieldId()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter an email address");

        var html = await RenderAsync(form);

        Assert.Equal("#Input_Example", HtmlAssert.Parse(html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_FieldWithSeveralErrors_ListsOnlyTheFirstLikeTheField()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter an email address");
        form.ModelState.AddModelError("Input.Example", "Email address must be 256 characters or fewer");

        var html = await RenderAsync(form);

        var item = Assert.Single(HtmlAssert.Parse(html).QuerySelectorAll("li"));
        Assert.Equal("Enter an email address", item.TextContent);
    }

    [Fact]
    public async Task Render_SeveralModelLevelErrors_ListsThemAll()
    {
        var form = new TestForm();
        form.ModelState.AddModelError(string.Empty, "This community has been closed");
        form.ModelState.AddModelError(string.Empty, "Ask a host to reopen it");

        var html = await RenderAsync(form);

        Assert.Equal(
            ["This community has been closed", "Ask a host to reopen it"],
            HtmlAssert.Parse(html).QuerySelectorAll("li").Select(item => item.TextContent));
    }

    [Fact]
    public async Task Render_UnpostedFieldFailsValidationLast_ListsInTheModelsFieldOrder()
    {
        var form = new TestForm();
        form.Posted("Input.Example", string.Empty);
        form.Posted("Input.Agree", "true");
        form.ModelState.AddModelError("Input.Agree", "Agree to the code of conduct");

        // Nothing was chosen for Visibility, so its entry is created only now, after Agree's.
        form.ModelState.AddModelError("Input.Visibility", "Select who can find this community");
        form.ModelState.AddModelError("Input.Example", "Enter a name");

        var html = await RenderAsync(form);

        Assert.Equal(
            ["#Input_Example", "#Input_Visibility", "#Input_Agree"],
            HtmlAssert.Parse(html).QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task Render_FormAndUnknownKeyErrors_FormFirstUnknownLast()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Elsewhere", "Something outside the model");
        form.ModelState.AddModelError("Input.Example", "Enter a name");
        form.ModelState.AddModelError(string.Empty, "This community has been closed");

        var html = await RenderAsync(form);

        Assert.Equal(
            ["This community has been closed", "Enter a name", "Something outside the model"],
            HtmlAssert.Parse(html).QuerySelectorAll("li").Select(item => item.TextContent));
    }

    [Fact]
    public async Task Render_MessageWithMarkup_IsEncodedAsText()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "<script>alert(1)</script>");

        var html = await RenderAsync(form);

        var body = HtmlAssert.Parse(html);
        Assert.Null(body.QuerySelector("script"));
        Assert.Equal("<script>alert(1)</script>", body.QuerySelector("a")!.TextContent);
    }

    private static Task<string> RenderAsync(TestForm form) =>
        TagHelperRenderer.RenderAsync(new NhsErrorSummaryTagHelper(TestForm.Generator) { ViewContext = form.ViewContext }, "nhs-error-summary");
}
