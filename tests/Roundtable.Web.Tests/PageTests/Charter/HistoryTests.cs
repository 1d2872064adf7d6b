using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

// The history, any one version, and the difference between two.
[Collection(SharedApps.Pages)]
public class HistoryTests(RoundtableApp app)
{
    private async Task<(Community Community, Person CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (coLead, _) = await app.JoinedAsync(community, "Jo Lead", CommunityRole.CoLead);
        return (community, coLead);
    }

    [Fact]
    public async Task Post_EverySavedChange_IsTheNextVersionNumber()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "One");
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurPurpose, "Two");
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Three");

        Assert.Equal([1, 2, 3, 4], await app.VersionNumbersAsync(community));
        var current = await app.CurrentCharterAsync(community);
        Assert.Equal("Three", current.Sections.Single(s => s.Key == CharterTemplate.OurValues).Body);
        Assert.Equal("Two", current.Sections.Single(s => s.Key == CharterTemplate.OurPurpose).Body);
    }

    [Fact]
    public async Task Get_History_ListsVersionsNewestFirstWithWhenWhoWhatAndCredit()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var (member, _) = await app.JoinedAsync(community, "Sam Member");
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Kindness", "Added kindness");
        await app.InScopeAsync(services => services.GetRequiredService<Charters>()
            .SaveSectionAsync(community.Id, CharterTemplate.OurPurpose, "Learning", "Accepted a member's suggestion", 2, coLead.Id, member.Id));

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/history"));

        var rows = page.QuerySelectorAll("#versions tbody tr").Select(row => row.Children.Select(cell => Normalised(cell.TextContent)).ToList()).ToList();
        var today = TestClock.ShortDate(app.Today);
        Assert.Equal(["Version 3 Current", today, "Jo Lead", "Accepted a member's suggestion Suggested by Sam Member"], rows[0]);
        Assert.Equal(["Version 2", today, "Jo Lead", "Added kindness"], rows[1]);
        Assert.Equal(["Version 1", today, "a former member", "Started from the charter template"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Get_History_ComparesThePreviousAndCurrentVersionsByDefault()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "One");
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Two");

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/history"));

        var form = page.QuerySelector("form.rt-compare-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(community.CharterPath("/compare"), form.GetAttribute("action"));
        Assert.Equal("2", form.QuerySelector("select[name=from] option[selected]")?.GetAttribute("value"));
        Assert.Equal("3", form.QuerySelector("select[name=to] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_History_OneVersion_HasNothingToCompare()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/history"));

        Assert.Null(page.QuerySelector("form.rt-compare-form"));
        Assert.Single(page.QuerySelectorAll("#versions tbody tr"));
    }

    [Fact]
    public async Task Get_OlderVersion_IsLabelledAsOlderAndLinksToTheCurrentOne()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Rewritten values");

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/versions/1"));

        Assert.Equal("Charter version 1", page.Heading());
        var status = page.QuerySelector("#version-status.nhsuk-card--warning")!;
        Assert.Contains("This is an older version", status.TextContent, StringComparison.Ordinal);
        Assert.NotNull(status.QuerySelector($"a[href='{community.CharterPath()}']"));
        var values = page.QuerySelector($"#section-{CharterTemplate.OurValues} + .rt-charter-text")!.TextContent;
        Assert.Contains("Safe and brave.", values, StringComparison.Ordinal);
        Assert.DoesNotContain("Rewritten values", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OlderVersion_ShowsNoLinksToChangeIt()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Rewritten values");

        var page = await (await app.BrowserForAsync(coLead)).GetDocumentAsync(community.CharterPath("/versions/1"));

        Assert.Empty(page.QuerySelectorAll("main a[href$='/edit'], main a[href$='/principles']"));
    }

    [Fact]
    public async Task Get_CurrentVersion_SaysItIsCurrent()
    {
        var community = await app.CreateCommunityAsync();

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/versions/1"));

        Assert.Contains("This is the current version", page.QuerySelector("#version-status.nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_ChangedSection_ShowsAddedAndRemovedLinesInWordsNotOnlyColour()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Kindness.\n\nCourage.");
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "Kindness.\n\nPatience.");

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/compare?from=2&to=3"));

        Assert.Equal("Changes from version 2 to version 3", page.Heading());
        var values = page.QuerySelector($"#compare-{CharterTemplate.OurValues}")!.ParentElement!;
        Assert.Equal(["Added: Patience."], values.QuerySelectorAll("ins").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Removed: Courage."], values.QuerySelectorAll("del").Select(e => e.TextContent.Trim()));
        Assert.Equal("Added:", values.QuerySelector("ins .nhsuk-u-visually-hidden")?.TextContent.Trim());
        Assert.Equal("Removed:", values.QuerySelector("del .nhsuk-u-visually-hidden")?.TextContent.Trim());
        Assert.Contains("Kindness.", values.QuerySelector(".rt-diff__line--same")!.TextContent, StringComparison.Ordinal);
        var purpose = page.QuerySelector($"#compare-{CharterTemplate.OurPurpose}")!.ParentElement!;
        Assert.Equal("No changes to this section.", purpose.QuerySelector(".rt-unchanged")?.TextContent);
        Assert.Empty(purpose.QuerySelectorAll(".rt-diff"));
        Assert.Equal("No changes to the discussion principles.", page.QuerySelector("#compare-principles + .rt-unchanged")?.TextContent);
    }

    [Fact]
    public async Task Get_Compare_ChangedPrinciples_AreCompared()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.InScopeAsync(services => services.GetRequiredService<Charters>().SavePrinciplesAsync(
            community.Id, [.. CharterTemplate.Principles.Take(5), new("Take breaks", "Rest when you need to")], "Breaks", 1, coLead.Id));

        var page = await app.CreateBrowser().GetDocumentAsync(community.CharterPath("/compare?from=1&to=2"));

        var principles = page.QuerySelector("#compare-principles")!.ParentElement!;
        Assert.Equal(["Added: Take breaks: Rest when you need to"], principles.QuerySelectorAll("ins").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Removed: Protect safety: Stepping back is always okay"], principles.QuerySelectorAll("del").Select(e => e.TextContent.Trim()));
        Assert.Equal(7, page.QuerySelectorAll(".rt-unchanged").Length);
    }

    [Theory]
    [InlineData("", "Choose the two versions you want to compare.")]
    [InlineData("?from=abc&to=2", "Choose the two versions you want to compare.")]
    [InlineData("?from=-1&to=2", "Choose the two versions you want to compare.")]
    [InlineData("?from=1&to=99", "There is no version 99. The charter has versions 1 to 2.")]
    [InlineData("?from=2&to=2", "Choose two different versions to compare.")]
    public async Task Get_Compare_BadOrMissingNumbers_ExplainsWithoutAnError(string query, string message)
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.SaveSectionAsync(community, coLead, CharterTemplate.OurValues, "One");

        using var response = await app.CreateBrowser().GetAsync(community.CharterPath("/compare" + query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Compare versions of the charter", page.Heading());
        Assert.Equal(message, page.QuerySelector("#compare-problem p")?.TextContent);
        Assert.NotNull(page.QuerySelector("form.rt-compare-form"));
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
