using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Security;

[Trait("Database", "None")]
[Collection(SharedApps.People)]
public class EndpointDeclarationTests(RoundtableApp app)
{
    // Deny by default is the fallback; this makes every page and endpoint say who may use it,
    // in its folder's Conventions.cs or its API group, so nothing is open or shut by accident.
    [Fact]
    public void Endpoints_Every_DeclaresWhoMayUseIt()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(endpoints.Count > 20, "The app's endpoints were not found.");
        Assert.Empty(undeclared);
    }
}
