using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Roundtable.Core.Words;

namespace Roundtable.Web.TagHelpers;

// "What does this word mean?" where a word is first used on a page, in the glossary's own words:
// an NHS.UK details component that opens in place (it needs no JavaScript), or with hint="true"
// the meaning as a hint under a label or key. Both link to the word on the glossary page.
[HtmlTargetElement("explain-word", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ExplainWordTagHelper : TagHelper
{
    public required string Term { get; set; }

    public bool Hint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var term = Glossary.Find(Term);
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("data-explains", term.Id);
        var more = new HtmlContentBuilder()
            .AppendHtml("<a href=\"").Append(GlossaryPath(term)).AppendHtml("\">More words explained<span class=\"nhsuk-u-visually-hidden\">, in the glossary</span></a>");
        if (Hint)
        {
            output.TagName = "span";
            output.Attributes.SetAttribute("class", "nhsuk-hint rt-explain rt-explain--hint");
            output.Content.SetHtmlContent(new HtmlContentBuilder().Append(term.Meaning).AppendHtml(" ").AppendHtml(more));
            return;
        }

        output.TagName = "details";
        output.Attributes.SetAttribute("class", "nhsuk-details rt-explain");
        output.Content.SetHtmlContent(new HtmlContentBuilder()
            .AppendHtml("<summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">")
            .Append(term.Question)
            .AppendHtml("</span></summary><div class=\"nhsuk-details__text\"><p>")
            .Append(term.Meaning)
            .AppendHtml("</p><p>").AppendHtml(more).AppendHtml("</p></div>"));
    }

    public static string GlossaryPath(Glossary.Term term) => $"/glossary#{term.Id}";
}
