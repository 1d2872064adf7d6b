using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsTextareaTagHelperTests
{
    private const string Label = "Can you provide more detail?";
    private const string Hint = "Do not include personal information like your name, date of birth or NHS number";
    private const string Error = "You must provide an explanation";

    [Fact]
    public async Task Render_HintAndPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        var textarea = NewPageHeadingTextarea(form);
        textarea.Hint = Hint;

        var html = await RenderAsync(textarea);

        HtmlAssert.Equivalent(NhsFixtures.Html("textarea", "default"), html, Renames("example"));
    }

    [Fact]
    public async Task Render_ErrorAndHint_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", Error);
        var textarea = NewPageHeadingTextarea(form);
        textarea.Hint = Hint;

        var html = await RenderAsync(textarea);

        HtmlAssert.Equivalent(NhsFixtures.Html("textarea", "with error message and hint"), html, Renames("with-hint-error"));
    }

    [Fact]
    public async Task Render_ErrorWithoutPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", Error);

        var html = await RenderAsync(NewTextarea(form));

        HtmlAssert.Equivalent(NhsFixtures.Html("textarea", "with error message, without heading"), html, Renames("with-error-message"));
    }

    [Fact]
    public async Task Render_ErrorWithoutMessage_MarksFieldWithoutMessageLikeDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", string.Empty);

        var html = await RenderAsync(NewPageHeadingTextarea(form));

        HtmlAssert.Equivalent(NhsFixtures.Html("textarea", "with error only"), html, Renames("with-error-only"));
    }

    [Fact]
    public async Task Render_Autocomplete_MatchesDesignSystem()
    {
        var form = new TestForm();
        var textarea = NewPageHeadingTextarea(form);
        textarea.Label = "Full address";
        textarea.Autocomplete = "street-address";

        var html = await RenderAsync(textarea);

        HtmlAssert.Equivalent(NhsFixtures.Html("textarea", "with autocomplete attribute"), html, Renames("with-autocomplete-attribute"));
    }

    [Fact]
    public async Task Render_PostedValueWithError_KeepsWhatWasTyped()
    {
        var form = new TestForm();
        form.Model.Input.Example = "Saved purpose";
        form.Posted("Input.Example", "What I typed");
        form.ModelState.AddModelError("Input.Example", "Purpose must be 500 characters or fewer");

        var html = await RenderAsync(NewTextarea(form));

        Assert.Equal("What I typed", Textarea(html).TextContent);
    }

    [Fact]
    public async Task Render_ModelValue_ShowsModelValue()
    {
        var form = new TestForm();
        form.Model.Input.Example = "Saved purpose";

        var html = await RenderAsync(NewTextarea(form));

        Assert.Equal("Saved purpose", Textarea(html).TextContent);
    }

    [Fact]
    public async Task Render_ValueWithMarkup_IsEncodedAsText()
    {
        var form = new TestForm();
        form.Model.Input.Example = "</textarea><script>alert(1)</script>";

        var html = await RenderAsync(NewTextarea(form));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("</textarea><script>alert(1)</script>", Textarea(html).TextContent);
    }

    [Fact]
    public async Task Render_ValueStartingWithNewline_KeepsTheNewline()
    {
        var form = new TestForm();
        form.Model.Input.Example = "\nSecond line";

        var html = await RenderAsync(NewTextarea(form));

        Assert.Equal("\nSecond line", Textarea(html).TextContent);
    }

    [Fact]
    public async Task Render_RowsAndSpellcheck_AddsBoth()
    {
        var form = new TestForm();
        var textarea = NewTextarea(form);
        textarea.Rows = 8;
        textarea.Spellcheck = true;

        var html = await RenderAsync(textarea);

        Assert.Equal("8", Textarea(html).GetAttribute("rows"));
        Assert.Equal("true", Textarea(html).GetAttribute("spellcheck"));
    }

    private static NhsTextareaTagHelper NewTextarea(TestForm form) =>
        new(TestForm.Generator) { For = form.For(m => m.Input.Example), ViewContext = form.ViewContext, Label = Label };

    private static NhsTextareaTagHelper NewPageHeadingTextarea(TestForm form)
    {
        var textarea = NewTextarea(form);
        textarea.LabelClass = "nhsuk-label--l";
        textarea.LabelIsPageHeading = true;
        return textarea;
    }

    private static Task<string> RenderAsync(NhsTextareaTagHelper textarea) => TagHelperRenderer.RenderAsync(textarea, "nhs-textarea");

    private static AngleSharp.Dom.IElement Textarea(string html) => HtmlAssert.Parse(html).QuerySelector("textarea")!;

    private static (string, string)[] Renames(string fixtureId) => [("Input_Example", fixtureId), ("Input.Example", "example")];
}
