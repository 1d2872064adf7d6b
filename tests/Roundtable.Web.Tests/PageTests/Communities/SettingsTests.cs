using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Communities;

[Collection(SharedApps.Sessions)]
public class SettingsTests(RoundtableApp app)
{
    private async Task<(Community Community, HttpClient CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Co Lead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        return (community, await app.BrowserForAsync(coLead));
    }

    private Task<Community> SavedAsync(Community community) =>
        app.WithDbAsync(db => db.Communities.AsNoTracking().SingleAsync(c => c.Id == community.Id));

    [Fact]
    public async Task Post_ValidChanges_SavesThemAndSaysSo()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/settings", new Dictionary<string, string>
        {
            ["Input.Name"] = "  Harbour Town Community of Practice ",
            ["Input.Purpose"] = "To make the harbour's services work for everyone.",
            ["Input.Region"] = "Harbour Town",
            ["Input.Contact"] = "",
            ["Input.Visibility"] = "InvitationOnly",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("The community's details have been saved.", page.Notice());
        Assert.Equal("Harbour Town Community of Practice", page.Heading());
        var saved = await SavedAsync(community);
        Assert.Equal("Harbour Town", saved.Region);
        Assert.Null(saved.Contact);
        Assert.Equal(CommunityVisibility.InvitationOnly, saved.Visibility);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task Post_EmptyFields_ShowsEachProblemAndKeepsWhatWasTyped()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/settings", new Dictionary<string, string>
        {
            ["Input.Name"] = " ",
            ["Input.Purpose"] = "",
            ["Input.Region"] = "Kept region",
            ["Input.Contact"] = "kept@example.org",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter the community's name", "Enter what the community is for"], page.ErrorSummary());
        Assert.Equal("Enter the community's name", page.ErrorFor("Input_Name"));
        Assert.Equal("Enter what the community is for", page.ErrorFor("Input_Purpose"));
        Assert.Equal("Kept region", page.GetElementById("Input_Region")?.GetAttribute("value"));
        Assert.Equal("kept@example.org", page.GetElementById("Input_Contact")?.GetAttribute("value"));
        Assert.Equal(community.Name, (await SavedAsync(community)).Name);
    }

    [Fact]
    public async Task Post_OverlongPurpose_SaysTheLimitAndKeepsTheText()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var purpose = new string('x', Community.PurposeMaxLength + 5);

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/settings", new Dictionary<string, string>
        {
            ["Input.Purpose"] = purpose,
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("Purpose must be 2000 characters or fewer (you have 2005)", page.ErrorFor("Input_Purpose"));
        Assert.Equal(purpose, page.GetElementById("Input_Purpose")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_TwoCoLeadsEditingAtOnce_TheSecondIsToldAndShownBoth()
    {
        var (community, first) = await CommunityWithCoLeadAsync();
        var secondPerson = await app.CreatePersonAsync("Second Co Lead");
        await app.JoinAsync(community, secondPerson, CommunityRole.CoLead);
        var second = await app.BrowserForAsync(secondPerson);
        var firstForm = (await first.GetDocumentAsync($"/communities/{community.Slug}/settings")).Form();
        var secondForm = (await second.GetDocumentAsync($"/communities/{community.Slug}/settings")).Form();

        using var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Region"] = "First's region" });
        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Region"] = "Second's region" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ToDocumentAsync();
        Assert.Contains("Someone else changed these details", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Contains("First's region", page.QuerySelector(".nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second's region", page.GetElementById("Input_Region")?.GetAttribute("value"));
        Assert.Equal("First's region", (await SavedAsync(community)).Region);

        using var resaved = await second.SubmitAsync(page.Form());
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal("Second's region", (await SavedAsync(community)).Region);
    }

    [Fact]
    public async Task Post_SameChangeTwice_SavesOnce()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync($"/communities/{community.Slug}/settings")).Form();
        var change = new Dictionary<string, string> { ["Input.Region"] = "Clicked twice" };

        using var first = await coLead.SubmitAsync(form, change);
        using var second = await coLead.SubmitAsync(form, change);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(2, (await SavedAsync(community)).Version);
    }

    [Fact]
    public async Task Get_Settings_ShowsTheSavedDetailsInTheForm()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/settings");

        Assert.Equal(community.Name, page.GetElementById("Input_Name")?.GetAttribute("value"));
        Assert.Equal(community.Purpose, page.GetElementById("Input_Purpose")?.TextContent.Trim());
        Assert.True(page.QuerySelector("input[name='Input.Visibility'][value='Listed']")?.HasAttribute("checked"));
    }

    [Fact]
    public async Task Post_NewName_ShowsOnTheHomePageAtOnce()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var visitor = app.CreateBrowser();
        Assert.Contains(community.Name, (await visitor.GetDocumentAsync("/")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using (await coLead.SubmitAsync($"/communities/{community.Slug}/settings", new Dictionary<string, string> { ["Input.Name"] = "Renamed Community" }))
        {
        }

        var home = await visitor.GetDocumentAsync("/");
        var names = home.QuerySelectorAll("main a.nhsuk-card__link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Renamed Community", names);
        Assert.DoesNotContain(community.Name, names);
    }
}
