using Microsoft.AspNetCore.Razor.TagHelpers;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsRadiosTagHelperTests
{
    private const string Legend = "How do you want to be contacted about this?";
    private const string Error = "Select how you want to be contacted";

    [Fact]
    public async Task Render_HintAndPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        var radios = NewPageHeadingRadios(form);
        radios.Hint = "Select 1 option";

        var html = await RenderAsync(radios, ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "with hint"), html, Renames("with-hint"));
    }

    [Fact]
    public async Task Render_Error_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", Error);

        var html = await RenderAsync(NewPageHeadingRadios(form), ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "with error message"), html, Renames("with-error-message"));
    }

    [Fact]
    public async Task Render_ErrorAndHint_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", Error);
        var radios = NewPageHeadingRadios(form);
        radios.Hint = "Select 1 option";

        var html = await RenderAsync(radios, ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "with error message and hint"), html, Renames("with-hint-error"));
    }

    [Fact]
    public async Task Render_ErrorWithoutMessage_MarksGroupWithoutMessageLikeDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", string.Empty);

        var html = await RenderAsync(NewPageHeadingRadios(form), ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "with error only"), html, Renames("with-error-only"));
    }

    [Fact]
    public async Task Render_Inline_MatchesDesignSystem()
    {
        var form = new TestForm();
        var radios = NewPageHeadingRadios(form);
        radios.Legend = "Are you 18 or over?";
        radios.Inline = true;

        var html = await RenderAsync(radios, Option("yes", "Yes"), Option("no", "No"));

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "inline"), html, Renames("inline"));
    }

    [Theory]
    [InlineData("nhsuk-fieldset__legend--s", 0)]
    [InlineData("nhsuk-fieldset__legend--m", 1)]
    [InlineData("nhsuk-fieldset__legend--l", 2)]
    [InlineData("nhsuk-fieldset__legend--xl", 3)]
    public async Task Render_LegendClassWithoutPageHeading_MatchesDesignSystem(string legendClass, int fixture)
    {
        var form = new TestForm();
        var radios = NewRadios(form);
        radios.LegendClass = legendClass;

        var html = await RenderAsync(radios, ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "legend", fixture), html, Renames("custom-size"));
    }

    [Fact]
    public async Task Render_PlainLegend_MatchesDesignSystem()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewRadios(form), ContactOptions());

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "without heading"), html, Renames("without-heading"));
    }

    [Fact]
    public async Task Render_HintsOnOptions_MatchesDesignSystem()
    {
        var form = new TestForm();
        var radios = NewPageHeadingRadios(form);
        radios.Legend = "Do you have a mobile phone with signal?";

        var html = await RenderAsync(
            radios,
            Option("mobile", "Yes, I have a mobile phone with signal", "We will text you a 6 digit security code"),
            Option("landline", "No, I want to use my landline", "We will call you to give you a 6 digit security code"));

        HtmlAssert.Equivalent(NhsFixtures.Html("radios", "with hints on items"), html, Renames("with-hint-item"));
    }

    [Fact]
    public async Task Render_EnumModelValue_ChecksOptionWithItsName()
    {
        var form = new TestForm();
        form.Model.Input.Visibility = Visibility.Unlisted;

        var html = await RenderAsync(NewVisibilityRadios(form), VisibilityOptions());

        Assert.Equal(["Unlisted"], CheckedValues(html));
    }

    [Fact]
    public async Task Render_PostedValueWithError_ChecksWhatWasChosen()
    {
        var form = new TestForm();
        form.Model.Input.Visibility = Visibility.Unlisted;
        form.Posted("Input.Visibility", "Listed");
        form.ModelState.AddModelError("Input.Visibility", "Some other field's rule failed");

        var html = await RenderAsync(NewVisibilityRadios(form), VisibilityOptions());

        Assert.Equal(["Listed"], CheckedValues(html));
    }

    [Fact]
    public async Task Render_NoValue_ChecksNothing()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewVisibilityRadios(form), VisibilityOptions());

        Assert.Empty(CheckedValues(html));
    }

    [Fact]
    public async Task Render_Options_FirstTakesFieldIdSoErrorSummaryLinkLandsOnIt()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewVisibilityRadios(form), VisibilityOptions());

        var ids = HtmlAssert.Parse(html).QuerySelectorAll("input").Select(input => input.Id);
        Assert.Equal(["Input_Visibility", "Input_Visibility-2"], ids);
    }

    [Fact]
    public async Task Render_LegendAndOptionWithMarkup_AreEncodedAsText()
    {
        var form = new TestForm();
        var radios = NewRadios(form);
        radios.Legend = "<i>Who</i>";

        var html = await RenderAsync(radios, Option("\"><script>", "<b>Listed</b>", "<script>alert(1)</script>"));

        var body = HtmlAssert.Parse(html);
        Assert.Empty(body.QuerySelectorAll("i, b, script"));
        Assert.Equal("<i>Who</i>", body.QuerySelector("legend")!.TextContent);
        Assert.Equal("<b>Listed</b>", body.QuerySelector("label")!.TextContent);
        Assert.Equal("\"><script>", body.QuerySelector("input")!.GetAttribute("value"));
    }

    private static NhsRadiosTagHelper NewRadios(TestForm form) =>
        new(TestForm.Generator) { For = form.For(m => m.Input.Example), ViewContext = form.ViewContext, Legend = Legend };

    private static NhsRadiosTagHelper NewPageHeadingRadios(TestForm form)
    {
        var radios = NewRadios(form);
        radios.LegendClass = "nhsuk-fieldset__legend--l";
        radios.LegendIsPageHeading = true;
        return radios;
    }

    private static NhsRadiosTagHelper NewVisibilityRadios(TestForm form) =>
        new(TestForm.Generator) { For = form.For(m => m.Input.Visibility), ViewContext = form.ViewContext, Legend = "Who can find this community?" };

    private static NhsRadioTagHelper[] ContactOptions() => [Option("email", "Email"), Option("phone", "Phone"), Option("text", "Text message")];

    private static NhsRadioTagHelper[] VisibilityOptions() => [Option("Listed", "Listed"), Option("Unlisted", "Unlisted")];

    private static NhsRadioTagHelper Option(string value, string label, string? hint = null) => new() { Value = value, Label = label, Hint = hint };

    private static Task<string> RenderAsync(NhsRadiosTagHelper radios, params NhsRadioTagHelper[] options) =>
        TagHelperRenderer.RenderWithChildrenAsync(radios, "nhs-radios", options.Select(option => ((ITagHelper)option, "nhs-radio")).ToArray());

    private static List<string?> CheckedValues(string html) =>
        HtmlAssert.Parse(html).QuerySelectorAll("input").Where(input => input.HasAttribute("checked")).Select(input => input.GetAttribute("value")).ToList();

    private static (string, string)[] Renames(string fixtureId) => [("Input_Example", fixtureId), ("Input.Example", "example")];
}
