using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.EmailList;

// Who may use the email list: its co-leads (and site admins) manage it and send to it, members
// may not even see it; confirmation and unsubscribe links answer anyone who holds one, and a link
// that is not one is "not found" to everyone.
[Collection(AccessTables.Name)]
public class EmailListAccessTests(AccessFixture app) : AccessMatrix
{
    private static Task<Guid>? planted;

    //                                                                       Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/email-list", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/email-list", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/email-list/mailings", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{listed}/email-list/mailings/{mailing}", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/email-list/mailings/{mailing}", [404, 404, 404, 404, 404, 404, 404]),
        ("/email-list/confirm/not-a-real-token", [404, 404, 404, 404, 404, 404, 404]),
        ("/unsubscribe/not-a-real-token", [404, 404, 404, 404, 404, 404, 404]),
    ];

    private static readonly (string Path, int[] Expected)[] Api =
    [
        ("/api/v1/communities/{listed}/email-list", [401, 403, 403, 403, 403, 200, 200]),
        ("/api/v1/communities/{hidden}/email-list", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/email-list/mailings", [401, 403, 403, 403, 403, 200, 200]),
        ("/api/v1/communities/{listed}/email-list/mailings/{mailing}", [401, 403, 403, 403, 403, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> ApiRows() => Rows(Api);

    // A mailing recorded for the listed community, with no one to send to: nothing else changes.
    private Task<Guid> PlantAsync() => planted ??= app.WithDbAsync(async db =>
    {
        var mailing = new ListMailing
        {
            CommunityId = app.Listed.Id, Subject = "Planted", TextBody = "Hello", ByPersonId = app.PersonFor(CoLead).Id,
            SubmissionKey = Guid.NewGuid(), QueuedAt = app.Clock.GetUtcNow(), FinishedAt = app.Clock.GetUtcNow(),
        };
        db.Mailings.Add(mailing);
        await db.SaveChangesAsync();
        return mailing.Id;
    });

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var mailing = await PlantAsync();
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app, path).Replace("{mailing}", mailing.ToString(), StringComparison.Ordinal));

        AssertAnswered(response, expected);
    }

    [Theory]
    [MemberData(nameof(ApiRows))]
    public async Task Get_Api_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        var mailing = await PlantAsync();
        var client = app.ApiClientAs(visitor);

        using var response = await client.GetAsync(Resolve(app, path).Replace("{mailing}", mailing.ToString(), StringComparison.Ordinal));

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    public async Task Post_SendOrAdd_AsSomeoneNotACoLead_IsForbiddenAndDoesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var client = app.ApiClientAs(visitor);
        var subject = TestData.Unique("Not allowed");

        using var send = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/email-list?handler=Send",
            ("Send.SubmissionKey", Guid.NewGuid().ToString()), ("Send.Subject", subject), ("Send.Message", "Hello"));
        using var add = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/email-list?handler=Add", ("Add.Email", "someone@example.org"));
        using var apiSend = await client.PostAsync($"/api/v1/communities/{app.Listed.Slug}/email-list/mailings",
            JsonContent(new { subject, message = "Hello" }));

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiSend.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Mailings.AnyAsync(m => m.Subject == subject)));
        Assert.False(await app.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.Email == "someone@example.org")));
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object value) => System.Net.Http.Json.JsonContent.Create(value);
}
