using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Roundtable.Web.Tests.TagHelpers;

// Runs a tag helper as Razor does: a context, an output whose child content runs any child tag
// helpers (which see a copy of the parent's context items), then writes the output as HTML.
internal static class TagHelperRenderer
{
    public static Task<string> RenderAsync(ITagHelper helper, string tagName, string childContent = "") =>
        RenderAsync(helper, tagName, childContent, []);

    public static Task<string> RenderWithChildrenAsync(ITagHelper helper, string tagName, params (ITagHelper Helper, string TagName)[] children) =>
        RenderAsync(helper, tagName, string.Empty, children);

    private static async Task<string> RenderAsync(
        ITagHelper helper, string tagName, string childContent, (ITagHelper Helper, string TagName)[] children)
    {
        var context = NewContext(tagName, []);
        var output = NewOutput(tagName, async () =>
        {
            foreach (var (child, childTagName) in children)
            {
                var childContext = NewContext(childTagName, new Dictionary<object, object>(context.Items));
                await ProcessAsync(child, childContext, NewOutput(childTagName, () => Task.CompletedTask, string.Empty));
            }
        }, childContent);

        await ProcessAsync(helper, context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static async Task ProcessAsync(ITagHelper helper, TagHelperContext context, TagHelperOutput output)
    {
        helper.Init(context);
        await helper.ProcessAsync(context, output);
    }

    private static TagHelperContext NewContext(string tagName, Dictionary<object, object> items) =>
        new(tagName, [], items, Guid.NewGuid().ToString("N"));

    private static TagHelperOutput NewOutput(string tagName, Func<Task> renderChildren, string childContent) =>
        new(tagName, [], async (_, _) =>
        {
            await renderChildren();
            return new DefaultTagHelperContent().SetHtmlContent(childContent);
        });
}
