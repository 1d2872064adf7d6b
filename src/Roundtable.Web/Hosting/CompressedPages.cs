using Microsoft.AspNetCore.ResponseCompression;

namespace Roundtable.Web.Hosting;

// Pages (HTML, not static files: those come compressed from MapStaticAssets) sent compressed
// only where a page says so with [CompressedPage]. Compressing a page that holds a lasting secret
// beside text someone else wrote lets that someone guess the secret from the sizes of responses
// (BREACH), so most pages are sent as they are. The live room's participant pages are the largest
// a phone loads again and again, and hold no such secret: their antiforgery tokens are new in
// every response, and links that are secrets (join, projector) are shown only on the console.
public static class CompressedPages
{
    public static IServiceCollection AddCompressedPages(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

    public static IApplicationBuilder UseCompressedPages(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<CompressedPageAttribute>() is not null,
            page => page.UseResponseCompression());
}

[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CompressedPageAttribute : Attribute;
