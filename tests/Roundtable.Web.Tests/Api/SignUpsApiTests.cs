using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class SignUpsApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_SignUp_BooksAPlaceWithTheNeedsOnTheirProfile()
    {
        var (community, session) = await SessionAsync(capacity: 10);
        var member = await app.MemberAsync(community, "Nadia Needs", choose: m =>
        {
            m.AccessNeeds = AccessNeeds.EasyRead | AccessNeeds.Captions;
            m.OtherAccessNeeds = "Slides a day before";
        });
        var client = await app.ApiClientForAsync(member);

        var (response, place) = await client.PostJsonAsync(SignUpPath(community), new { });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Booked", place.GetProperty("status").GetString());
        Assert.Equal(["EasyRead", "Captions"], place.GetProperty("accessNeeds").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Slides a day before", place.GetProperty("otherAccessNeeds").GetString());
        var signUp = await app.WithDbAsync(db => db.SignUps.SingleAsync(s => s.SessionId == session.Id));
        Assert.Equal(SignUpStatus.Booked, signUp.Status);
        Assert.Equal(AccessNeeds.EasyRead | AccessNeeds.Captions, signUp.AccessNeeds);
    }

    [Fact]
    public async Task Post_SignUp_WithNeedsForThisSession_SavesThose()
    {
        var (community, session) = await SessionAsync();
        var member = await app.MemberAsync(community, "Nadia Needs", choose: m => m.AccessNeeds = AccessNeeds.EasyRead);
        var client = await app.ApiClientForAsync(member);

        var (_, place) = await client.PostJsonAsync(SignUpPath(community), new { accessNeeds = new[] { "QuietSpace" }, otherAccessNeeds = "A seat by the door" });

        Assert.Equal(["QuietSpace"], place.GetProperty("accessNeeds").EnumerateArray().Select(n => n.GetString()));
        var signUp = await app.WithDbAsync(db => db.SignUps.SingleAsync(s => s.SessionId == session.Id));
        Assert.Equal(AccessNeeds.QuietSpace, signUp.AccessNeeds);
        Assert.Equal("A seat by the door", signUp.OtherAccessNeeds);
    }

    [Fact]
    public async Task Post_SignUpTwice_IsOneSignUp()
    {
        var (community, session) = await SessionAsync();
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (first, _) = await client.PostJsonAsync(SignUpPath(community), new { });
        var (second, place) = await client.PostJsonAsync(SignUpPath(community), new { accessNeeds = new[] { "Breaks" } });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Booked", place.GetProperty("status").GetString());
        var signUp = await app.WithDbAsync(db => db.SignUps.SingleAsync(s => s.SessionId == session.Id));
        Assert.Equal(AccessNeeds.Breaks, signUp.AccessNeeds);
    }

    [Fact]
    public async Task Post_SignUp_WhenFull_JoinsTheWaitingList()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        await app.BookedMemberAsync(community, session);
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Wai Ting"));

        var (response, place) = await client.PostJsonAsync(SignUpPath(community), new { });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Waiting", place.GetProperty("status").GetString());
        Assert.Equal(1, place.GetProperty("placeInQueue").GetInt32());
    }

    [Fact]
    public async Task Delete_SignUp_GivesThePlaceToTheFirstWaitingAndEmailsThem()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var booked = await app.MemberAsync(community, "Bo Booked");
        var first = await app.MemberAsync(community, "Fi First");
        var second = await app.MemberAsync(community, "Sid Second");
        await app.SignUpAsync(session, booked);
        await app.SignUpAsync(session, first, SignUpStatus.Waiting);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.SignUpAsync(session, second, SignUpStatus.Waiting);
        var client = await app.ApiClientForAsync(booked);

        var response = await client.DeleteAsync(SignUpPath(community));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var statuses = await app.WithDbAsync(db => db.SignUps.Where(s => s.SessionId == session.Id).ToDictionaryAsync(s => s.PersonId, s => s.Status));
        Assert.Equal(SignUpStatus.Cancelled, statuses[booked.Id]);
        Assert.Equal(SignUpStatus.Booked, statuses[first.Id]);
        Assert.Equal(SignUpStatus.Waiting, statuses[second.Id]);
        var email = Assert.Single(await app.MessagesToAsync(first.Email!));
        Assert.StartsWith("A place has come free at Session 1", email.Subject, StringComparison.Ordinal);
        Assert.Empty(await app.MessagesToAsync(second.Email!));
    }

    [Fact]
    public async Task Delete_SignUp_WithoutOne_ChangesNothing()
    {
        var (community, session) = await SessionAsync();
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var response = await client.DeleteAsync(SignUpPath(community));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SignUps.AnyAsync(s => s.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_SignUp_UnknownNeed_IsAProblemAndBooksNothing()
    {
        var (community, session) = await SessionAsync();
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (response, problem) = await client.PostJsonAsync(SignUpPath(community), new { accessNeeds = new[] { "Captions", "Telepathy" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Choose access needs from: EasyRead", problem.GetProperty("errors").GetProperty("accessNeeds")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SignUps.AnyAsync(s => s.SessionId == session.Id)));
    }

    [Fact]
    public async Task Post_SignUp_CancelledSession_IsClosed()
    {
        var (community, session) = await SessionAsync();
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SessionStatus.Cancelled)));
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (response, problem) = await client.PostJsonAsync(SignUpPath(community), new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Session 1 is cancelled, so places can no longer change.", problem.GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => db.SignUps.AnyAsync(s => s.SessionId == session.Id)));
    }

    [Fact]
    public async Task Get_MySignUp_BeforeSigningUp_HasNoPlaceAndTheirUsualNeeds()
    {
        var (community, _) = await SessionAsync();
        var client = await app.ApiClientForAsync(await app.MemberAsync(community, "Nadia Needs", choose: m => m.AccessNeeds = AccessNeeds.LargerText));

        var (response, place, _) = await client.GetJsonAsync(SignUpPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, place.GetProperty("status").ValueKind);
        Assert.Equal(["LargerText"], place.GetProperty("accessNeeds").EnumerateArray().Select(n => n.GetString()));
        Assert.True(place.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task Get_SignUps_AsFacilitator_NamesEachAsTheyChoseWithWhatTheyNeed()
    {
        var (community, session) = await SessionAsync(capacity: 2);
        var facilitator = await app.ApiClientForAsync(await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator));
        var named = await app.MemberAsync(community, "Fiona Fuller", choose: m => m.Naming = Naming.FullName);
        var unnamed = await app.MemberAsync(community, "Nia Nameless", choose: m => m.Naming = Naming.NotNamed);
        var waiting = await app.MemberAsync(community, "Wai Ting", choose: m => m.Naming = Naming.FirstName);
        await app.SignUpAsync(session, named);
        await app.SignUpAsync(session, unnamed);
        await app.SignUpAsync(session, waiting, SignUpStatus.Waiting);
        await app.WithDbAsync(db => db.SignUps.Where(s => s.PersonId == unnamed.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.AccessNeeds, AccessNeeds.BslInterpreter).SetProperty(s => s.OtherAccessNeeds, "Sits near the front")));

        var (response, list, body) = await facilitator.GetJsonAsync($"/api/v1/communities/{community.Slug}/sessions/1/sign-ups");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, list.GetProperty("placesLeft").GetInt32());
        Assert.Equal(["Fiona Fuller", MemberNames.NotNamed], list.GetProperty("booked").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["BslInterpreter"], list.GetProperty("booked")[1].GetProperty("accessNeeds").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Sits near the front", list.GetProperty("booked")[1].GetProperty("otherAccessNeeds").GetString());
        Assert.Equal("Wai", Assert.Single(list.GetProperty("waiting").EnumerateArray()).GetProperty("name").GetString());
        Assert.DoesNotContain("Nia", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ting", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
    }

    private async Task<(Community Community, Session Session)> SessionAsync(int? capacity = null)
    {
        var community = await app.CreateCommunityAsync();
        return (community, await app.CreateSessionAsync(community, app.Today.AddDays(111), capacity: capacity));
    }

    private static string SignUpPath(Community community) => $"/api/v1/communities/{community.Slug}/sessions/1/sign-up";
}
