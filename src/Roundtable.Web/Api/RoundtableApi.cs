using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The JSON API: /api/v1, personal tokens only, described at /openapi/v1.json.
public static class RoundtableApi
{
    public static IServiceCollection AddRoundtableApi(this IServiceCollection services) =>
        services
            .ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Roundtable API";
            document.Info.Description =
                "Communities of practice: their people, charters, sessions, who comes to them and what is said in their live rooms. Authenticate with a personal token " +
                "(`dotnet run --project src/Roundtable.Web -- admin create-token you@example.org`) sent as " +
                "`Authorization: Bearer <token>`.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal API token.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // A property left out when null (what only some callers may see) is not required.
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true) is [JsonIgnoreAttribute { Condition: JsonIgnoreCondition.WhenWritingNull }, ..])
                {
                    schema.Required?.Remove(property.Name);
                }
            }

            return Task.CompletedTask;
        }));

    public static WebApplication MapRoundtableApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var v1 = app.MapGroup("/api/v1").RequireAuthorization(Policies.ApiUser).ProducesProblem(StatusCodes.Status401Unauthorized);
        v1.MapGroup("/me").WithTags("Me").MapMeApi();
        var communities = v1.MapGroup("/communities");
        communities.MapGroup("").WithTags("Communities").MapCommunitiesApi();
        // Everything about one community names its {slug}, which the community policies read.
        var community = communities.MapGroup("/{slug}");
        community.MapGroup("/charter").WithTags("Charter").MapCharterApi();
        community.MapGroup("").WithTags("Members").MapMembersApi();
        community.MapGroup("/series").WithTags("Series").MapSeriesApi();
        community.MapGroup("").WithTags("Sessions").MapSessionsApi();
        var session = community.MapGroup("/sessions/{number:int}");
        session.MapGroup("/running-order").WithTags("Running orders").MapRunningOrderApi();
        session.MapGroup("").WithTags("Sign-ups").MapSignUpsApi();
        community.MapGroup("").WithTags("Attendance").MapAttendanceApi();
        community.MapGroup("").WithTags("Chat imports").MapChatImportsApi();
        session.MapGroup("/breakouts").WithTags("Breakouts").MapBreakoutsApi();
        community.MapGroup("").WithTags("Live room").MapRoomApi();
        community.MapGroup("").WithTags("Themes").MapThemesApi();
        community.MapGroup("").WithTags("You said, we did").MapYouSaidWeDidApi();
        community.MapGroup("").WithTags("Connections").MapConnectionsApi();
        community.MapGroup("").WithTags("System map").MapSystemMapApi();
        community.MapGroup("").WithTags("Resources").MapResourcesApi();
        community.MapGroup("").WithTags("Reports").MapReportsApi();
        community.MapGroup("").WithTags("Exports").MapExportsApi();
        community.MapGroup("").WithTags("Email list").MapEmailListApi();
        return app;
    }
}
