using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

[Trait("Database", "None")]
public class NhsSelectTagHelperTests
{
    private static readonly SelectOption[] SortOptions =
    [
        new("published", "Recently published"),
        new("updated", "Recently updated"),
        new("views", "Most views"),
        new("comments", "Most comments"),
    ];

    private static readonly SelectOption[] Locations =
    [
        new("choose", "Choose location"),
        new("eastmidlands", "East Midlands"),
        new("eastofengland", "East of England"),
        new("london", "London"),
        new("northeast", "North East"),
        new("northwest", "North West"),
        new("southeast", "South East"),
        new("southwest", "South West"),
        new("westmidlands", "West Midlands"),
        new("yorkshire", "Yorkshire and the Humber"),
    ];

    [Fact]
    public async Task Render_PageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();

        var html = await RenderAsync(NewPageHeadingSelect(form, "Sort by", SortOptions));

        HtmlAssert.Equivalent(NhsFixtures.Html("select", "default"), html, Renames("example"));
    }

    [Fact]
    public async Task Render_ModelValue_IsSelectedLikeDesignSystem()
    {
        var form = new TestForm();
        form.Model.Input.Example = "updated";

        var html = await RenderAsync(NewPageHeadingSelect(form, "Sort by", SortOptions));

        HtmlAssert.Equivalent(NhsFixtures.Html("select", "with selected value"), html, Renames("with-value"));
    }

    [Fact]
    public async Task Render_ErrorAndHint_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Select a location");
        var select = NewPageHeadingSelect(form, "Choose location", Locations);
        select.Hint = "This can be different to where you went before";

        var html = await RenderAsync(select);

        HtmlAssert.Equivalent(NhsFixtures.Html("select", "with error message and hint"), html, Renames("with-hint-error"));
    }

    [Fact]
    public async Task Render_ErrorWithoutPageHeading_MatchesDesignSystem()
    {
        var form = new TestForm();
        form.ModelState.AddModelError("Input.Example", "Select a location");

        var html = await RenderAsync(new NhsSelectTagHelper(TestForm.Generator)
        {
            For = form.For(m => m.Input.Example), ViewContext = form.ViewContext, Label = "Choose location", Options = Locations,
        });

        HtmlAssert.Equivalent(NhsFixtures.Html("select", "with error message, without heading"), html, Renames("with-error-message"));
    }

    [Fact]
    public async Task Render_PostedValueWithError_KeepsWhatWasChosen()
    {
        var form = new TestForm();
        form.Model.Input.Example = "published";
        form.Posted("Input.Example", "views");
        form.ModelState.AddModelError("Input.Example", "Views are not sortable today");

        var html = await RenderAsync(NewPageHeadingSelect(form, "Sort by", SortOptions));

        var selected = Assert.Single(HtmlAssert.Parse(html).QuerySelectorAll("option[selected]"));
        Assert.Equal("views", selected.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_OptionData_BecomesDataAttributesAndLabelsAreEncoded()
    {
        var form = new TestForm();
        var select = NewPageHeadingSelect(form, "Question", [new("q1", "<b>Where</b> are we?", new Dictionary<string, string> { ["prompt-kind"] = "Scaling" })]);

        var html = await RenderAsync(select);

        var option = HtmlAssert.Parse(html).QuerySelector("option")!;
        Assert.Equal("Scaling", option.GetAttribute("data-prompt-kind"));
        Assert.Equal("<b>Where</b> are we?", option.TextContent);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    private static NhsSelectTagHelper NewPageHeadingSelect(TestForm form, string label, IEnumerable<SelectOption> options) =>
        new(TestForm.Generator)
        {
            For = form.For(m => m.Input.Example), ViewContext = form.ViewContext, Label = label, Options = options,
            LabelClass = "nhsuk-label--l", LabelIsPageHeading = true,
        };

    private static Task<string> RenderAsync(NhsSelectTagHelper select) => TagHelperRenderer.RenderAsync(select, "nhs-select");

    private static (string, string)[] Renames(string fixtureId) => [("Input_Example", fixtureId), ("Input.Example", "example")];
}
