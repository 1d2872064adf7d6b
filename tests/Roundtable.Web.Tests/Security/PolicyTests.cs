using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Security;

// The community policies, asked directly, including those no page uses yet: later pages
// (sessions, the live room, preparation meetings) name them in their Conventions.cs.
[Collection(AccessTables.Name)]
public class PolicyTests(AccessFixture app)
{
    private const string Yes = "yes";
    private const string No = "no";
    private const string Hidden = "hidden";

    //                                                          Anon    NonMem  Member  LivedEx Facil   CoLead  Admin
    private static readonly (string Policy, string[] Expected)[] Table =
    [
        (Policies.CommunityVisitor, [Yes, Yes, Yes, Yes, Yes, Yes, Yes]),
        (Policies.CommunityMember, [No, No, Yes, Yes, Yes, Yes, Yes]),
        (Policies.CommunityFacilitator, [No, No, No, No, Yes, Yes, Yes]),
        (Policies.CommunityCoLead, [No, No, No, No, No, Yes, Yes]),
        (Policies.LivedExpertGroup, [Hidden, Hidden, Hidden, Yes, Hidden, Yes, Hidden]),
    ];

    public static TheoryData<string, Visitor, string> Rows()
    {
        var rows = new TheoryData<string, Visitor, string>();
        var visitors = Enum.GetValues<Visitor>();
        foreach (var (policy, expected) in Table)
        {
            for (var i = 0; i < visitors.Length; i++)
            {
                rows.Add(policy, visitors[i], expected[i]);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Policy_ForAListedCommunity_DecidesAsDeclared(string policy, Visitor visitor, string expected)
    {
        using var scope = app.Services.CreateScope();
        var user = visitor == Anonymous
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Person>>().CreateAsync(app.PersonFor(visitor));
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        http.Request.RouteValues["slug"] = app.Listed.Slug;

        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, http, policy);

        Assert.Equal(expected == Yes, result.Succeeded);
        Assert.Equal(expected == Hidden, CommunityRequirementHandler.WasHidden(http));
    }
}
