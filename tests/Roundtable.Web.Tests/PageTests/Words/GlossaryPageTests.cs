using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Words;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Words;

[Collection(SharedApps.Pages)]
public class GlossaryPageTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Glossary_NotSignedIn_ExplainsEveryWordAtItsOwnAnchor()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/glossary");

        Assert.Equal("Words we use", page.Heading());
        Assert.All(Glossary.Terms, term =>
            Assert.Equal(term.Meaning, page.GetElementById(term.Id)?.QuerySelector("dd")?.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_AnyPage_LinksToTheGlossaryFromTheFooter()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector("footer a[href='/glossary']"));
    }

    [Fact]
    public async Task Get_SessionFigures_ExplainHeldFromSessionInTheGlossarysWords()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Asha");
        await app.JoinAsync(community, member);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.WithDbAsync(async db =>
        {
            db.Attendance.Add(new Attendee { SessionId = session.Id, PersonId = member.Id, RecordedById = member.Id, RecordedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        var page = await (await app.BrowserForAsync(member)).GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        var hint = page.QuerySelector("#attendance details[data-explains='held-from-session']");
        Assert.NotNull(hint);
        var term = Glossary.Find("held-from-session");
        Assert.Equal(term.Question, hint.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal(term.Meaning, hint.QuerySelector(".nhsuk-details__text p")!.TextContent.Trim());
        Assert.Equal("/glossary#held-from-session", hint.QuerySelector(".nhsuk-details__text a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_CommunityPage_ExplainsCoLeadWhereItFirstAppears()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}");

        Assert.Single(page.QuerySelectorAll("main details[data-explains='co-lead']"));
    }

    [Fact]
    public async Task Get_UnknownPath_IsNotFound()
    {
        using var response = await app.CreateBrowser().GetAsync("/glossary/synergy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
