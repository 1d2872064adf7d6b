using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsCheckboxTagHelperTests
{
    [Fact]
    public async Task Render_Label_MatchesDesignSystemItemWithoutFieldset()
    {
        var form = new TestForm();
        var expected = HtmlAssert.Parse(NhsFixtures.Html("checkboxes", "without fieldset"));
        foreach (var otherItem in expected.QuerySelectorAll(".nhsuk-checkboxes__item").Skip(1))
        {
            otherItem.Remove();
        }

        // A single yes/no box always posts "true"; the fixture's box posts a colour.
        expected.QuerySelector("input")!.SetAttribute("value", "true");

        var html = await RenderAsync(NewCheckbox(form, "Red"));

        HtmlAssert.Equivalent(expected.InnerHtml, html, ("Input_Agree", "without-fieldset"), ("Input.Agree", "colours"));
    }

    [Fact]
    public async Task Render_Hint_MatchesDesignSystemItemHint()
    {
        var form = new TestForm();
        var expected = HtmlAssert.Parse(NhsFixtures.Html("checkboxes", "with hints on items")).QuerySelectorAll(".nhsuk-checkboxes__item")[3];
        expected.QuerySelector("input")!.SetAttribute("value", "true");
        var checkbox = NewCheckbox(form, "Diabetes");
        checkbox.Hint = "including type 1, type 2, and gestational diabetes";

        var html = await RenderAsync(checkbox);

        var item = HtmlAssert.Parse(html).QuerySelector(".nhsuk-checkboxes__item")!;
        HtmlAssert.Equivalent(expected.OuterHtml, item.OuterHtml, ("Input_Agree", "with-hint-item-4"), ("Input.Agree", "example"));
    }

    [Fact]
    public async Task Render_ModelTrue_IsChecked()
    {
        var form = new TestForm();
        form.Model.Input.Agree = true;

        var html = await RenderAsync(NewCheckbox(form, "I agree"));

        Assert.True(Checkbox(html).HasAttribute("checked"));
    }

    [Fact]
    public async Task Render_ModelFalse_IsNotChecked()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewCheckbox(form, "I agree"));

        Assert.False(Checkbox(html).HasAttribute("checked"));
    }

    [Fact]
    public async Task Render_PostedTrueWithError_StaysChecked()
    {
        var form = new TestForm();
        form.Posted("Input.Agree", "true");
        form.ModelState.AddModelError("Input.Example", "Another field is wrong");

        var html = await RenderAsync(NewCheckbox(form, "I agree"));

        Assert.True(Checkbox(html).HasAttribute("checked"));
    }

    [Fact]
    public async Task Render_Always_HasOnlyTheCheckboxAndNoHiddenFalseInput()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewCheckbox(form, "I agree"));

        var input = Assert.Single(HtmlAssert.Parse(html).QuerySelectorAll("input"));
        Assert.Equal("checkbox", input.GetAttribute("type"));
        Assert.Equal("true", input.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_ErrorAndHint_ShowsErrorAboveAndDescribesBoxWithErrorThenHint()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Agree", "Agree to the code of conduct");
        var checkbox = NewCheckbox(form, "I agree to the code of conduct");
        checkbox.Hint = "You can read it first";

        var html = await RenderAsync(checkbox);

        var body = HtmlAssert.Parse(html);
        Assert.Contains("nhsuk-form-group--error", body.FirstElementChild!.ClassList);
        Assert.Equal("Error: Agree to the code of conduct", body.QuerySelector(".nhsuk-form-group > .nhsuk-error-message#Input_Agree-error")!.TextContent);
        Assert.Equal("Input_Agree-error Input_Agree-item-hint", Checkbox(html).GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Render_LabelWithMarkup_IsEncodedAsText()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewCheckbox(form, "<script>alert(1)</script>"));

        var body = HtmlAssert.Parse(html);
        Assert.Null(body.QuerySelector("script"));
        Assert.Equal("<script>alert(1)</script>", body.QuerySelector("label")!.TextContent);
    }

    private static NhsCheckboxTagHelper NewCheckbox(TestForm form, string label) =>
        new(TestForm.Generator) { For = form.For(m => m.Input.Agree), ViewContext = form.ViewContext, Label = label };

    private static Task<string> RenderAsync(NhsCheckboxTagHelper checkbox) => TagHelperRenderer.RenderAsync(checkbox, "nhs-checkbox");

    private static AngleSharp.Dom.IElement Checkbox(string html) => HtmlAssert.Parse(html).QuerySelector("input")!;
}
