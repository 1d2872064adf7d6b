using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roundtable.Web.Api;
using Roundtable.Web.Calendar;
using Roundtable.Web.Security;

namespace Roundtable.Web.Hosting;

public static class RoundtablePipeline
{
    public static WebApplication UseRoundtable(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AppOptions>>().Value.TrustForwardedHeaders)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        // A friendly page in every environment (problem JSON on the API): people never see a stack trace.
        app.UseRequestErrorHandlers();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseWhen(
            context => !RequestErrors.IsApi(context),
            pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        // The API answers every error it has no words for (a hidden community, a body that is
        // not JSON) as problem JSON, like the errors it does.
        app.UseWhen(
            RequestErrors.IsApi,
            api => api.UseStatusCodePages());

        app.UseRouting();
        app.UseRequestChecks();
        app.UseRequestBodyLimit();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorisation: a kept page is sent only to someone who may see it now.
        app.UseOutputCache();
        app.UseCompressedPages();

        // On the app itself, not in a group: WithStaticAssets finds the assets' manifest among the
        // app's own endpoint sources, and without it every page linked its CSS and JavaScript by
        // an address revalidated on every visit instead of one cached for a year. (Static assets
        // add no fallback endpoint for the rule to miss: see DisableStaticAssetNotFoundRuntimeFallback.)
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapRoundtableApi();
        app.MapCalendar();
        app.MapRoomHub();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        // Is the process up at all? Answers without touching the database.
        app.MapGet("/health/live", () => "Healthy").AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
