using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Members;

// Who may use each membership page, and that everyone else is refused before anything changes.
// Rows read as Security/AccessTests: what each kind of visitor gets.
[Collection(AccessTables.Name)]
public class MembersAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                     Anon     NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/members/invite", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/members/invite", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/members/manage", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/members/manage", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/members/requests", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/members/requests", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/join", [SignIn, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/join", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/no-such-community/join", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/leave", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/leave", [404, 404, 404, 404, 404, 404, 200]),
        ("/invitations/{invitation}", [200, 200, 200, 200, 200, 200, 200]),
        ("/invitations/not-a-real-invitation", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var token = path.Contains("{invitation}", StringComparison.Ordinal)
            ? await app.InviteAsync(app.Listed, app.PersonFor(CoLead), MembersTestData.UniqueEmail())
            : "";

        using var response = await browser.GetAsync(Resolve(app, path).Replace("{invitation}", token, StringComparison.Ordinal));

        AssertAnswered(response, expected);
    }

    public static TheoryData<string, bool, Visitor, int> RefusedCoLeadPosts()
    {
        var rows = new TheoryData<string, bool, Visitor, int>();
        foreach (var action in new[] { "invite", "send-again", "cancel", "role", "group", "remove", "approve", "decline" })
        {
            foreach (var visitor in new[] { Anonymous, NonMember, Member, LivedExpert, Facilitator })
            {
                rows.Add(action, false, visitor, visitor == Anonymous ? SignIn : 403);
            }

            foreach (var visitor in new[] { Anonymous, NonMember, Member, CoLead })
            {
                rows.Add(action, true, visitor, 404);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(RefusedCoLeadPosts))]
    public async Task Post_CoLeadAction_ByAnyoneElse_IsRefusedAndChangesNothing(string action, bool hidden, Visitor visitor, int expected)
    {
        var community = hidden ? app.Hidden : app.Listed;
        var target = await app.CreatePersonAsync("Target Member");
        await app.JoinAsync(community, target);
        var membership = (await app.MembershipAsync(community, target))!;
        var invited = MembersTestData.UniqueEmail();
        await app.InviteAsync(community, app.PersonFor(CoLead), invited);
        var invitation = Assert.Single(await app.InvitationsToAsync(community, invited));
        var asker = await app.CreatePersonAsync("Asker");
        var request = await WaitingRequestAsync(community, asker);
        var newcomer = MembersTestData.UniqueEmail("newcomer");
        var members = $"/communities/{community.Slug}/members";
        var (url, fields) = action switch
        {
            "invite" => ($"{members}/invite", Fields(("Input.Email", newcomer), ("Input.Role", "CoLead"), ("Input.SubmissionKey", Guid.NewGuid().ToString()))),
            "send-again" => ($"{members}/invite?handler=SendAgain", Fields(("invitation", invitation.Id.ToString()), ("submissionKey", Guid.NewGuid().ToString()))),
            "cancel" => ($"{members}/invite?handler=Cancel", Fields(("invitation", invitation.Id.ToString()))),
            "role" => ($"{members}/manage?handler=Role", Fields(("Member", membership.Id.ToString()), ("Role", "CoLead"))),
            "group" => ($"{members}/manage?handler=Group", Fields(("Member", membership.Id.ToString()), ("inGroup", "true"))),
            "remove" => ($"{members}/manage?handler=Remove", Fields(("Remove", membership.Id.ToString()))),
            "approve" => ($"{members}/requests?handler=Approve", Fields(("request", request.Id.ToString()))),
            _ => ($"{members}/requests?handler=Decline", Fields(("Decline", request.Id.ToString()), ("Reason", "No"))),
        };
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(url, fields);

        Assert.Equal(expected, (int)response.StatusCode);
        var after = (await app.MembershipAsync(community, target))!;
        Assert.Equal((CommunityRole.Member, false, (DateTimeOffset?)null), (after.Role, after.InLivedExpertGroup, after.LeftAt));
        var invitationNow = Assert.Single(await app.InvitationsToAsync(community, invited));
        Assert.Equal((invitation.TokenHash, (DateTimeOffset?)null), (invitationNow.TokenHash, invitationNow.RevokedAt));
        Assert.Empty(await app.InvitationsToAsync(community, newcomer));
        Assert.Empty(await app.MessagesToAsync(newcomer));
        Assert.Equal(RequestStatus.Pending, Assert.Single(await app.RequestsAsync(community, asker)).Status);
        Assert.Null(await app.MembershipAsync(community, asker));
    }

    [Theory]
    [InlineData(Anonymous, false, SignIn)]
    [InlineData(Anonymous, true, 404)]
    [InlineData(NonMember, true, 404)]
    [InlineData(Member, true, 404)]
    public async Task Post_Join_ByAnyoneWhoMayNotAsk_IsRefusedAndAsksNothing(Visitor visitor, bool hidden, int expected)
    {
        var community = hidden ? app.Hidden : app.Listed;
        var browser = await app.BrowserAsAsync(visitor);
        var before = await app.WithDbAsync(db => db.JoinRequests.CountAsync(r => r.CommunityId == community.Id));

        using var response = await browser.PostWithTokenAsync($"/communities/{community.Slug}/join", Fields(("Message", "Let me in")));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.JoinRequests.CountAsync(r => r.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_Join_SiteAdminToAnInvitationOnlyCommunity_AsksNothing()
    {
        var browser = await app.BrowserAsAsync(Visitor.Admin);
        var admin = app.PersonFor(Visitor.Admin);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Hidden.Slug}/join", Fields(("Message", "Let me in")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.RequestsAsync(app.Hidden, admin));
        var page = await browser.GetDocumentAsync($"/communities/{app.Hidden.Slug}/join");
        Assert.Equal($"{app.Hidden.Name} is by invitation only", page.Heading());
    }

    [Theory]
    [InlineData(Anonymous, false, SignIn)]
    [InlineData(NonMember, false, 403)]
    [InlineData(Anonymous, true, 404)]
    [InlineData(NonMember, true, 404)]
    [InlineData(Member, true, 404)]
    [InlineData(CoLead, true, 404)]
    public async Task Post_Leave_BySomeoneNotAMember_IsRefused(Visitor visitor, bool hidden, int expected)
    {
        var community = hidden ? app.Hidden : app.Listed;
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{community.Slug}/leave", Fields());

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.LeftAt != null && m.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_Leave_SiteAdminWhoIsNotAMember_ChangesNothing()
    {
        var browser = await app.BrowserAsAsync(Visitor.Admin);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/leave", Fields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.LeftAt != null && m.CommunityId == app.Listed.Id)));
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    // Written directly: nobody may ask to join an invitation-only community, but a request can
    // outlive a change of visibility.
    private Task<JoinRequest> WaitingRequestAsync(Community community, Person person) =>
        app.WithDbAsync(async db =>
        {
            var request = new JoinRequest
            {
                CommunityId = community.Id,
                PersonId = person.Id,
                CreatedAt = app.Clock.GetUtcNow(),
                Status = RequestStatus.Pending,
            };
            db.JoinRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });
}
