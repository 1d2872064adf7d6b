using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.People;

// Who may use each people page, and who may not: 200, a redirect to sign in, 403, or 404 for a
// community (or a group within it) they may not know exists.
[Collection(AccessTables.Name)]
public class PeopleAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                    Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        // A site admin who is not a member has no place of their own to describe.
        ("/communities/{listed}/me", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me?welcome=true", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{hidden}/me", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/me/who-you-are", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/organisation-and-role", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/how-you-are-named", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/access-needs", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/consents", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/offers", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{listed}/me/no-such-part", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{hidden}/me/offers", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/people", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/people?q=housing", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/people", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/no-such-community/people", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/access-needs", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/access-needs", [404, 404, 404, 404, 404, 404, 200]),
        // Invisible outside the group and its co-leads, site admins included.
        ("/communities/{listed}/lived-expert-group", [404, 404, 404, 200, 404, 200, 404]),
        ("/communities/{hidden}/lived-expert-group", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/who-should-be-here", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/who-should-be-here", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sub-groups", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sub-groups", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sub-groups/new", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/sub-groups/new", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sub-groups/{listed-group}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sub-groups/{hidden-group}", [404, 404, 404, 404, 404, 404, 200]),
        // A group from another community, or none at all, is not found here.
        ("/communities/{listed}/sub-groups/{hidden-group}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sub-groups/{no-group}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/css/people.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData(NonMember, 403)]
    [InlineData(Visitor.Admin, 404)]
    public async Task Post_APartOfMe_AsSomeoneWithNoPlaceHere_IsRefusedAndSavesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/me/organisation-and-role",
            ("Input.Organisation", "Taken over"), ("Input.JobRole", "Taken over"));

        Assert.Equal(expected, (int)response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.Organisation == "Taken over"));
        Assert.False(saved);
    }

    [Theory]
    [InlineData(NonMember)]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_AddIdentityOption_AsSomeoneNotACoLead_IsForbiddenAndAddsNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/who-should-be-here?handler=Add",
            ("Input.Name", $"Added by {visitor}"), ("Input.Kind", "Other"), ("Input.Key", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var added = await app.WithDbAsync(db => db.IdentityOptions.AnyAsync(o => o.Name == $"Added by {visitor}"));
        Assert.False(added);
    }

    [Theory]
    [InlineData(Member, "Retire")]
    [InlineData(Facilitator, "Retire")]
    [InlineData(Facilitator, "Priority")]
    public async Task Post_ChangeIdentityOption_AsSomeoneNotACoLead_IsForbiddenAndChangesNothing(Visitor visitor, string handler)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var option = await app.WithDbAsync(db => db.IdentityOptions.FirstAsync(o => o.CommunityId == app.Listed.Id));

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/who-should-be-here?handler={handler}",
            ("optionId", option.Id.ToString()), ("priority", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await app.WithDbAsync(db => db.IdentityOptions.AsNoTracking().SingleAsync(o => o.Id == option.Id));
        Assert.Null(after.RetiredAt);
        Assert.Equal(option.IsPriority, after.IsPriority);
    }

    [Theory]
    [InlineData(NonMember)]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    public async Task Post_NewSubGroup_AsSomeoneNotACoLead_IsForbiddenAndStartsNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/new",
            ("Input.Name", $"Started by {visitor}"), ("Input.Purpose", "Anything"), ("Input.Key", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SubGroups.AnyAsync(g => g.Name == $"Started by {visitor}")));
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    public async Task Post_EditSubGroup_AsSomeoneNotACoLead_IsForbiddenAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/{app.ListedSubGroupId}?handler=Edit",
            ("Input.Name", "Renamed"), ("Input.Purpose", "Taken over"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var group = await app.WithDbAsync(db => db.SubGroups.AsNoTracking().SingleAsync(g => g.Id == app.ListedSubGroupId));
        Assert.Equal("Action group", group.Name);
    }

    [Fact]
    public async Task Post_RemoveFromSubGroup_AsAMember_IsForbiddenAndRemovesNobody()
    {
        var coLead = await app.BrowserAsAsync(CoLead);
        using (await coLead.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/{app.ListedSubGroupId}?handler=Join"))
        {
        }

        var coLeadMembership = await app.WithDbAsync(db =>
            db.Memberships.Where(m => m.PersonId == app.PersonFor(CoLead).Id && m.CommunityId == app.Listed.Id).Select(m => m.Id).SingleAsync());
        var member = await app.BrowserAsAsync(Member);

        using var response = await member.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/{app.ListedSubGroupId}?handler=Remove",
            ("membershipId", coLeadMembership.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.SubGroupMembers.AnyAsync(m => m.SubGroupId == app.ListedSubGroupId && m.MembershipId == coLeadMembership)));
    }

    [Theory]
    [InlineData(NonMember, 403)]
    [InlineData(Visitor.Admin, 403)]
    public async Task Post_JoinSubGroup_AsSomeoneNotAMember_IsRefusedAndJoinsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var before = await app.WithDbAsync(db => db.SubGroupMembers.CountAsync());

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/{app.ListedSubGroupId}?handler=Join");

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.SubGroupMembers.CountAsync()));
    }

    [Fact]
    public async Task Post_JoinASubGroupOfAnotherCommunity_IsNotFoundAndJoinsNothing()
    {
        var member = await app.BrowserAsAsync(Member);

        using var response = await member.PostWithTokenAsync($"/communities/{app.Listed.Slug}/sub-groups/{app.HiddenSubGroupId}?handler=Join");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SubGroupMembers.AnyAsync(m => m.SubGroupId == app.HiddenSubGroupId)));
    }

    private string Resolve(string path) => Resolve(app, path)
        .Replace("{listed-group}", app.ListedSubGroupId.ToString(), StringComparison.Ordinal)
        .Replace("{hidden-group}", app.HiddenSubGroupId.ToString(), StringComparison.Ordinal)
        .Replace("{no-group}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
}
