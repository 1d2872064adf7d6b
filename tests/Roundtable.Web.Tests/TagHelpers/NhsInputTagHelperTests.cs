using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsInputTagHelperTests
{
    private const string NhsNumberHint = "This is a 10 digit number (like 999\u00a0123\u00a04567) that you can find on an NHS letter, prescription or in the NHS App";

    [Fact]
    public async Task Render_LabelAsPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        var input = NewInput(form, "What is your full name?");
        input.LabelClass = "nhsuk-label--l";
        input.LabelIsPageHeading = true;

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "default"), html, Renames("example"));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(10, 4)]
    [InlineData(20, 5)]
    [InlineData(30, 6)]
    public async Task Render_Width_MatchesDesignSystem(int width, int fixture)
    {
        var form = new TestForm();
        var input = NewInput(form, $"{width} character width");
        input.Width = width;

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "width", fixture), html, Renames("input-width"));
    }

    [Theory]
    [InlineData("nhsuk-label--s", 0)]
    [InlineData("nhsuk-label--m", 1)]
    [InlineData("nhsuk-label--l", 2)]
    [InlineData("nhsuk-label--xl", 3)]
    public async Task Render_LabelClassAndCodeStyling_MatchesDesignSystem(string labelClass, int fixture)
    {
        var form = new TestForm();
        var input = NewNhsNumberInput(form);
        input.LabelClass = labelClass;

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "label", fixture), html, Renames("custom-size"));
    }

    [Fact]
    public async Task Render_HintAndAutocomplete_MatchesDesignSystem()
    {
        var form = new TestForm();
        var input = NewInput(form, "Enter a full postcode in England");
        input.LabelIsPageHeading = true;
        input.Hint = "For example, LS1 1AB";
        input.Autocomplete = "postal-code";

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "with autocomplete attribute"), html, Renames("with-autocomplete-attribute"));
    }

    [Fact]
    public async Task Render_ErrorInModelState_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter NHS number");
        var input = NewNhsNumberInput(form);
        input.LabelClass = "nhsuk-label--l";

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "with error message"), html, Renames("with-error-message"));
    }

    [Fact]
    public async Task Render_ErrorAndHint_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter NHS number");
        var input = NewNhsNumberInput(form);
        input.LabelClass = "nhsuk-label--l";
        input.Hint = NhsNumberHint;

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "with error message and hint as strings"), html, Renames("with-hint-error"));
    }

    [Fact]
    public async Task Render_ErrorWithoutPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter NHS number");
        var input = NewNhsNumberInput(form);
        input.LabelIsPageHeading = false;

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "with error message, without heading"), html, Renames("with-error-message"));
    }

    [Fact]
    public async Task Render_ErrorWithoutMessage_MarksFieldWithoutMessageLikeDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", string.Empty);
        var input = NewNhsNumberInput(form);
        input.LabelClass = "nhsuk-label--l";

        var html = await RenderAsync(input);

        HtmlAssert.Equivalent(NhsFixtures.Html("input", "with error only"), html, Renames("with-error-only"));
    }

    [Fact]
    public async Task Render_ModelValueAndNoPost_ShowsModelValue()
    {
        var form = new TestForm();
        form.Model.Input.Example = "ada@example.com";

        var html = await RenderAsync(NewInput(form, "Email address"));

        Assert.Equal("ada@example.com", Input(html).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_PostedValueWithError_KeepsWhatWasTyped()
    {
        var form = new TestForm();
        form.Model.Input.Example = "saved@example.com";
        form.Posted("Input.Example", "not an email");
        form.ModelState.AddModelError("Input.Example", "Enter an email address in the correct format");

        var html = await RenderAsync(NewInput(form, "Email address"));

        Assert.Equal("not an email", Input(html).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_PostedEmptyValue_ShowsNoValue()
    {
        var form = new TestForm();
        form.Model.Input.Example = "saved@example.com";
        form.Posted("Input.Example", string.Empty);
        form.ModelState.AddModelError("Input.Example", "Enter an email address");

        var html = await RenderAsync(NewInput(form, "Email address"));

        Assert.False(Input(html).HasAttribute("value"));
    }

    [Fact]
    public async Task Render_SeveralErrors_ShowsOnlyTheFirst()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter an email address");
        form.ModelState.AddModelError("Input.Example", "Email address must be 256 characters or fewer");

        var html = await RenderAsync(NewInput(form, "Email address"));

        var message = Assert.Single(HtmlAssert.Parse(html).QuerySelectorAll(".nhsuk-error-message"));
        Assert.Equal("Error: Enter an email address", message.TextContent);
    }

    [Fact]
    public async Task Render_HintAndError_DescribedByHintThenError()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Enter an email address");
        var input = NewInput(form, "Email address");
        input.Hint = "We will only use this to send you sign-in links";

        var html = await RenderAsync(input);

        Assert.Equal("Input_Example-hint Input_Example-error", Input(html).GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Render_ValueWithMarkup_IsEncoded()
    {
        var form = new TestForm();
        form.Posted("Input.Example", "\"><script>alert(1)</script>");

        var html = await RenderAsync(NewInput(form, "Email address"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("\"><script>alert(1)</script>", Input(html).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_LabelAndHintWithMarkup_AreEncodedAsText()
    {
        var form = new TestForm();
        var input = NewInput(form, "<b>Email</b>");
        input.Hint = "<script>alert(1)</script>";

        var html = await RenderAsync(input);

        var body = HtmlAssert.Parse(html);
        Assert.Null(body.QuerySelector("b"));
        Assert.Null(body.QuerySelector("script"));
        Assert.Equal("<b>Email</b>", body.QuerySelector("label")!.TextContent);
        Assert.Equal("<script>alert(1)</script>", body.QuerySelector(".nhsuk-hint")!.TextContent);
    }

    [Fact]
    public async Task Render_NoMaxLength_OmitsMaxLength()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewInput(form, "Email address"));

        Assert.False(Input(html).HasAttribute("maxlength"));
    }

    [Fact]
    public async Task Render_MaxLengthAndType_AddsBoth()
    {
        var form = new TestForm();
        var input = NewInput(form, "Email address");
        input.MaxLength = 256;
        input.Type = "email";

        var html = await RenderAsync(input);

        Assert.Equal("256", Input(html).GetAttribute("maxlength"));
        Assert.Equal("email", Input(html).GetAttribute("type"));
    }

    [Fact]
    public async Task Render_UnsupportedWidth_Throws()
    {
        var form = new TestForm();
        var input = NewInput(form, "Email address");
        input.Width = 7;

        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync(input));
    }

    private static NhsInputTagHelper NewInput(TestForm form, string label) =>
        new(TestForm.Generator) { For = form.For(m => m.Input.Example), ViewContext = form.ViewContext, Label = label };

    private static NhsInputTagHelper NewNhsNumberInput(TestForm form)
    {
        var input = NewInput(form, "What is your NHS number?");
        input.LabelIsPageHeading = true;
        input.Code = true;
        input.Width = 10;
        input.InputMode = "numeric";
        input.Spellcheck = false;
        return input;
    }

    private static Task<string> RenderAsync(NhsInputTagHelper input) => TagHelperRenderer.RenderAsync(input, "nhs-input");

    private static AngleSharp.Dom.IElement Input(string html) => HtmlAssert.Parse(html).QuerySelector("input")!;

    private static (string, string)[] Renames(string fixtureId) => [("Input_Example", fixtureId), ("Input.Example", "example")];
}
