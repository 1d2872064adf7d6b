using System.Net;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Words;

[Collection(SharedApps.Pages)]
public class EasyReadTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_MemberWhoseAccessNeedsSayEasyRead_SeesEasyReadFirst()
    {
        var (community, member) = await MemberAsync(AccessNeeds.EasyRead | AccessNeeds.Breaks);

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/me");

        Assert.NotNull(page.GetElementById("easy-read"));
        Assert.Equal("Standard version of this page", page.QuerySelector("#easy-read-switch a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_OtherMember_SeesTheStandardVersionWithALinkToEasyRead()
    {
        var (community, member) = await MemberAsync(AccessNeeds.Captions);

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/me");

        Assert.Null(page.GetElementById("easy-read"));
        Assert.Equal("Easy read version of this page", page.QuerySelector("#easy-read-switch a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_TheSwitch_IsRememberedAndGoesBackToThePage()
    {
        var (community, member) = await MemberAsync(AccessNeeds.EasyRead);
        var browser = await app.BrowserForAsync(member);
        var me = $"/communities/{community.Slug}/me";
        var easy = await browser.GetDocumentAsync(me);

        using var switched = await browser.GetAsync(easy.QuerySelector("#easy-read-switch a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(me, switched.Headers.Location!.OriginalString);
        Assert.Null((await browser.GetDocumentAsync(me)).GetElementById("easy-read"));
        Assert.Null((await browser.GetDocumentAsync($"/communities/{community.Slug}/join")).GetElementById("easy-read"));
    }

    [Fact]
    public async Task Get_TheSwitchToAnotherSite_GoesHomeInstead()
    {
        using var response = await app.CreateBrowser().GetAsync("/easy-read?show=easy&returnUrl=https%3A%2F%2Fevil.example.org%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_PageWithoutAnEasyReadVersion_OffersNoSwitch()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/glossary");

        Assert.Null(page.GetElementById("easy-read-switch"));
    }

    [Fact]
    public async Task Post_EasyReadSignUp_UsesTheSameHandlerAndRules()
    {
        var (community, member) = await MemberAsync(AccessNeeds.EasyRead);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(14));
        var browser = await app.BrowserForAsync(member);
        var path = $"/communities/{community.Slug}/sessions/{session.Number}/sign-up";
        var page = await browser.GetDocumentAsync(path);
        Assert.NotNull(page.GetElementById("easy-read"));

        using var tooLong = await browser.SubmitAsync(page.Form("#sign-up"), new Dictionary<string, string> { ["Input.OtherAccessNeeds"] = new string('a', 501) });
        var refused = await tooLong.ToDocumentAsync();
        Assert.NotNull(refused.GetElementById("easy-read"));
        Assert.NotNull(refused.ErrorFor("Input_OtherAccessNeeds"));
        Assert.Equal(new string('a', 501), refused.GetElementById("Input_OtherAccessNeeds")!.TextContent);

        using var signedUp = await browser.SubmitAsync(page.Form("#sign-up"));
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        Assert.Equal("You have a place.", (await browser.GetDocumentAsync(path)).GetElementById("your-place")!.TextContent.Trim());
    }

    private async Task<(Roundtable.Core.Data.Entities.Community, Roundtable.Core.Data.Entities.Person)> MemberAsync(AccessNeeds needs)
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Sam");
        await app.JoinAsync(community, member);
        await app.WithDbAsync(async db =>
        {
            var membership = db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == member.Id);
            membership.AccessNeeds = needs;
            return await db.SaveChangesAsync();
        });
        return (community, member);
    }
}
