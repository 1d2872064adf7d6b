using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Connections;

// Who may use each page and endpoint about what happens after a session, and who may not. The
// listed community's connection is between the member (who has not agreed to be quoted) and a
// service: its people, whoever brokered it, and co-leads see it; everyone else is told it is not found.
[Collection(AccessTables.Name)]
public class ConnectionsAccessTests(AccessFixture app) : AccessMatrix
{
    private static readonly ConditionalWeakTable<AccessFixture, Task<Made>> Making = new();

    private sealed record Made(Places Communities, Session Session, Connection Connection, Connection HiddenConnection, Offer Offer, Offer HiddenOffer);

    //                                                                  Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/sessions/1/feedback", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/feedback", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/9/feedback", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/feedback/answers", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/feedback/answers", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/next-actions", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/connections", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/connections", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/connections/new", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{listed}/connections/{connection}", [SignIn, 403, 200, 404, 404, 200, 200]),
        // Another community's connection is not found through this one's address.
        ("/communities/{listed}/connections/{hiddenConnection}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/offers", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/offers/{offer}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/offers/{hiddenOffer}", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/offers/{hiddenOffer}", [SignIn, 403, 404, 404, 404, 404, 404]),
    ];

    //                                                                           Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Api =
    [
        ("/api/v1/communities/{listed}/sessions/1/feedback", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/next-actions", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/connections", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/connections", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/connections/{connection}", [401, 403, 200, 404, 404, 200, 200]),
        ("/api/v1/communities/{listed}/offers", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/offers/{offer}", [401, 403, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> ApiRows() => Rows(Api);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(await ResolveAsync(path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [MemberData(nameof(ApiRows))]
    public async Task Get_Api_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        using var response = await app.ApiClientAs(visitor).GetAsync(await ResolveAsync(path));

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(LivedExpert, 404)]
    [InlineData(Facilitator, 404)]
    [InlineData(NonMember, 403)]
    public async Task Post_MoveOnAConnectionTheyMayNotSee_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var made = await MadeAsync();
        var browser = await app.BrowserAsAsync(visitor);

        using var page = await browser.PostWithTokenAsync(await ResolveAsync("/communities/{listed}/connections/{connection}"), ("Input.Status", "Ended"));
        using var api = await app.ApiClientAs(visitor).PostAsync(
            await ResolveAsync("/api/v1/communities/{listed}/connections/{connection}/steps"), JsonContent.Create(new { status = "Ended" }));

        Assert.Equal((expected, expected), ((int)page.StatusCode, (int)api.StatusCode));
        Assert.Equal(ConnectionStatus.Introduced, (await app.ConnectionNowAsync(made.Connection.Id)).Status);
    }

    [Theory]
    [InlineData(Member, 403)]
    [InlineData(LivedExpert, 403)]
    [InlineData(NonMember, 403)]
    public async Task Post_RecordAConnection_AsSomeoneNotAFacilitator_IsForbidden(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var page = await browser.PostWithTokenAsync(await ResolveAsync("/communities/{listed}/connections/new"), ("Input.Why", "Because"));
        using var api = await app.ApiClientAs(visitor).PostAsync(await ResolveAsync("/api/v1/communities/{listed}/connections"), JsonContent.Create(new { why = "Because" }));

        Assert.Equal((expected, expected), ((int)page.StatusCode, (int)api.StatusCode));
    }

    [Theory]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_ConnectWithSomeoneInterestedInAnotherMembersOffer_IsForbidden(Visitor visitor)
    {
        var made = await MadeAsync();
        var interest = await app.WithDbAsync(db => Task.FromResult(db.OfferInterests.Single(i => i.OfferId == made.Offer.Id)));
        var browser = await app.BrowserAsAsync(visitor);

        using var page = await browser.PostWithTokenAsync($"{await ResolveAsync("/communities/{listed}/offers/{offer}")}?handler=Connect&interestId={interest.Id}");
        using var api = await app.ApiClientAs(visitor).PostAsync(await ResolveAsync($"/api/v1/communities/{{listed}}/offers/{{offer}}/interests/{interest.Id}/connection"), null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
    }

    private Task<Made> MadeAsync() => Making.GetValue(app, MakeAsync);

    private async Task<string> ResolveAsync(string path)
    {
        var made = await MadeAsync();
        return Resolve(made.Communities, path)
            .Replace("{connection}", made.Connection.Id.ToString(), StringComparison.Ordinal)
            .Replace("{hiddenConnection}", made.HiddenConnection.Id.ToString(), StringComparison.Ordinal)
            .Replace("{offer}", made.Offer.Id.ToString(), StringComparison.Ordinal)
            .Replace("{hiddenOffer}", made.HiddenOffer.Id.ToString(), StringComparison.Ordinal);
    }

    private static async Task<Made> MakeAsync(AccessFixture app)
    {
        var listed = await app.CreateCommunityAsync(CommunityVisibility.Listed);
        var hidden = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var member = app.PersonFor(Member);
        await app.JoinAsync(listed, member);
        await app.JoinAsync(listed, app.PersonFor(LivedExpert), livedExpertGroup: true);
        await app.JoinAsync(listed, app.PersonFor(Facilitator), CommunityRole.Facilitator);
        await app.JoinAsync(listed, app.PersonFor(CoLead), CommunityRole.CoLead);
        var hiddenMember = await app.CreatePersonAsync("Hidden Member");
        await app.JoinAsync(hidden, hiddenMember, CommunityRole.CoLead);
        var session = await app.CreateSessionAsync(listed, app.Today.AddDays(-7));
        await app.CreateSessionAsync(hidden, app.Today.AddDays(-7));
        await app.CameAsync(session, member);
        var offer = await app.OfferAsync(listed, member);
        await app.WithDbAsync(async db =>
        {
            db.OfferInterests.Add(new OfferInterest { OfferId = offer.Id, PersonId = app.PersonFor(LivedExpert).Id, Note = "Count me in", At = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        return new Made(
            new Places { Listed = listed, Hidden = hidden },
            session,
            await app.ConnectionAsync(listed, member, app.PersonFor(CoLead)),
            await app.ConnectionAsync(hidden, hiddenMember, hiddenMember),
            offer,
            await app.OfferAsync(hidden, hiddenMember));
    }
}
