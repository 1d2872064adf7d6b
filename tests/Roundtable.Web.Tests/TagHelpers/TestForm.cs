using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Roundtable.Web.Tests.TagHelpers;

// A page's model and ModelState, with the real MVC services a tag helper is given in the app.
internal sealed class TestForm
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddMvcCore()
        .AddViews()
        .Services
        .BuildServiceProvider();

    private readonly Lazy<ViewContext> _viewContext;

    public TestForm() => _viewContext = new Lazy<ViewContext>(CreateViewContext);

    public static IHtmlGenerator Generator => Services.GetRequiredService<IHtmlGenerator>();

    public TestPageModel Model { get; } = new();

    public ModelStateDictionary ModelState { get; } = new();

    public ViewContext ViewContext => _viewContext.Value;

    public ModelExpression For<TValue>(Expression<Func<TestPageModel, TValue>> expression) =>
        Services.GetRequiredService<ModelExpressionProvider>()
            .CreateModelExpression((ViewDataDictionary<TestPageModel>)ViewContext.ViewData, expression);

    // What model binding records when a form is posted: the raw text the person sent.
    public void Posted(string key, string value) => ModelState.SetModelValue(key, value, value);

    private ViewContext CreateViewContext()
    {
        var httpContext = new DefaultHttpContext { RequestServices = Services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), ModelState);
        var viewData = new ViewDataDictionary<TestPageModel>(Services.GetRequiredService<IModelMetadataProvider>(), ModelState)
        {
            Model = Model,
        };
        var tempData = new TempDataDictionary(httpContext, new NoTempData());
        return new ViewContext(actionContext, new NoView(), viewData, tempData, TextWriter.Null, new HtmlHelperOptions());
    }

    private sealed class NoView : IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NoTempData : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}

public sealed class TestPageModel
{
    public TestInput Input { get; set; } = new();
}

public sealed class TestInput
{
    public string? Example { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public Visibility? Visibility { get; set; }

    public bool Agree { get; set; }
}

public enum Visibility
{
    Listed,
    Unlisted,
}
