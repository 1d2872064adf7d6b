using System.Net;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

// A community made before charters existed has none: the charter page says so, a co-lead can
// start one from the template, and the other charter pages send people there.
[Collection(SharedApps.Pages)]
public class NoCharterYetTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Charter_NoneYet_SaysSoAndOffersNothingToAnyoneButCoLeads()
    {
        var community = await app.CreateCommunityWithoutCharterAsync();
        var (_, member) = await app.JoinedAsync(community, "Plain Member");

        var anonymous = await app.CreateBrowser().GetDocumentAsync(community.CharterPath());
        var asMember = await member.GetDocumentAsync(community.CharterPath());

        Assert.Equal("This community has not started its charter yet.", anonymous.QuerySelector("#no-charter")?.TextContent);
        Assert.Null(anonymous.QuerySelector("#start-charter"));
        Assert.NotNull(asMember.QuerySelector("#no-charter"));
        Assert.Null(asMember.QuerySelector("#start-charter"));
    }

    [Fact]
    public async Task Post_StartCharter_AsCoLead_StartsVersionOneFromTheTemplateOnce()
    {
        var community = await app.CreateCommunityWithoutCharterAsync();
        var (lead, coLead) = await app.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);
        var form = (await coLead.GetDocumentAsync(community.CharterPath())).Form("#start-charter");

        using var first = await coLead.SubmitAsync(form);
        using var second = await coLead.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal([1], await app.VersionNumbersAsync(community));
        var charter = await app.CurrentCharterAsync(community);
        Assert.Equal(lead.Id, charter.AuthorId);
        Assert.Equal(CharterTemplate.Sections("x").Select(s => s.Key), charter.Sections.Select(s => s.Key));
        var page = await coLead.GetDocumentAsync(first.Headers.Location!.OriginalString);
        Assert.StartsWith("The charter has been started from the template.", page.Notice(), StringComparison.Ordinal);
        Assert.Equal(7, page.QuerySelectorAll("section.rt-charter-section").Length);
    }

    [Fact]
    public async Task Post_StartCharter_AsMember_IsForbiddenAndStartsNothing()
    {
        var community = await app.CreateCommunityWithoutCharterAsync();
        var (_, member) = await app.JoinedAsync(community, "Plain Member", CommunityRole.Facilitator);

        using var response = await member.PostWithTokenAsync(community.CharterPath("?handler=Start"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.VersionNumbersAsync(community));
    }

    [Theory]
    [InlineData("/history")]
    [InlineData("/compare?from=1&to=2")]
    [InlineData("/sections/our-values/edit")]
    [InlineData("/principles")]
    [InlineData("/to-be-confirmed")]
    [InlineData("/suggest")]
    [InlineData("/suggestions")]
    public async Task Get_OtherCharterPages_NoneYet_SendYouToTheCharterPage(string rest)
    {
        var community = await app.CreateCommunityWithoutCharterAsync();
        var (_, coLead) = await app.JoinedAsync(community, "Co Lead", CommunityRole.CoLead);

        using var response = await coLead.GetAsync(community.CharterPath(rest));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(community.CharterPath(), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_Version_NoneYet_IsNotFound()
    {
        var community = await app.CreateCommunityWithoutCharterAsync();

        using var response = await app.CreateBrowser().GetAsync(community.CharterPath("/versions/1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
