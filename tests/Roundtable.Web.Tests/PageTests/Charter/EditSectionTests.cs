using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

[Collection(SharedApps.Pages)]
public class EditSectionTests(RoundtableApp app)
{
    private const string Values = CharterTemplate.OurValues;

    private async Task<(Community Community, Person Person, HttpClient Browser)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (person, browser) = await app.JoinedAsync(community, "First Lead", CommunityRole.CoLead);
        return (community, person, browser);
    }

    private static string EditPath(Community community, string key = Values) => community.CharterPath($"/sections/{key}/edit");

    [Fact]
    public async Task Get_Edit_ShowsTheSectionsTextAndTheVersionItStartsFrom()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();

        var page = await coLead.GetDocumentAsync(EditPath(community));

        Assert.Equal("Edit ‘Our values’", page.Heading());
        Assert.Equal(await app.SectionBodyAsync(community, Values), page.GetElementById("Input_Body")?.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("input[name='Input.BasedOn']")?.GetAttribute("value"));
        Assert.NotNull(page.GetElementById("Input_Body-hint"));
    }

    [Fact]
    public async Task Post_ChangedText_SavesTheNextVersionWithItsNoteAndSaysSo()
    {
        var (community, person, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(EditPath(community), new Dictionary<string, string>
        {
            ["Input.Body"] = "**Kindness.** We are kind.\r\n\r\n**Courage.** We are brave.\r\n",
            ["Input.Note"] = "  Shorter values ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(community.CharterPath($"#section-{Values}"), response.Headers.Location!.OriginalString);
        var page = await coLead.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Equal("‘Our values’ has been saved. The charter is now version 2.", page.Notice());
        var saved = await app.CurrentCharterAsync(community);
        Assert.Equal(2, saved.Number);
        Assert.Equal("**Kindness.** We are kind.\n\n**Courage.** We are brave.", saved.Sections.Single(s => s.Key == Values).Body);
        Assert.Equal("Shorter values", saved.Note);
        Assert.Equal(person.Id, saved.AuthorId);
        Assert.Null(saved.CreditedToId);
    }

    [Fact]
    public async Task Post_NothingChanged_SavesNoVersionAndSaysSo()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(EditPath(community));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("You did not change ‘Our values’, so no new version was saved.", page.Notice());
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_EmptyTextAndNote_ShowsEachProblem()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(EditPath(community), new Dictionary<string, string>
        {
            ["Input.Body"] = "  \r\n ",
            ["Input.Note"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter the text of this section", "Say briefly what you changed"], page.ErrorSummary());
        Assert.Equal("Enter the text of this section", page.ErrorFor("Input_Body"));
        Assert.Equal("Say briefly what you changed", page.ErrorFor("Input_Note"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_ChangedTextWithoutANote_AsksForOneAndKeepsTheText()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(EditPath(community), new Dictionary<string, string> { ["Input.Body"] = "Kept text" });

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Say briefly what you changed"], page.ErrorSummary());
        Assert.Equal("Kept text", page.GetElementById("Input_Body")?.TextContent.Trim());
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_OverlongTextAndNote_SaysTheLimitsAndKeepsWhatWasTyped()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();
        var body = new string('x', CharterSection.BodyMaxLength + 1);
        var note = new string('n', CharterVersion.NoteMaxLength + 1);

        using var response = await coLead.SubmitAsync(EditPath(community), new Dictionary<string, string> { ["Input.Body"] = body, ["Input.Note"] = note });

        var page = await response.ToDocumentAsync();
        Assert.Equal("The section's text must be 20000 characters or fewer (you have 20001)", page.ErrorFor("Input_Body"));
        Assert.Equal("What you changed must be 200 characters or fewer (you have 201)", page.ErrorFor("Input_Note"));
        Assert.Equal(body, page.GetElementById("Input_Body")?.TextContent.Trim());
        Assert.Equal(note, page.GetElementById("Input_Note")?.GetAttribute("value"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_LongestTextAllowed_IsSaved()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();
        var body = new string('x', CharterSection.BodyMaxLength);

        using var response = await coLead.SubmitAsync(EditPath(community), new Dictionary<string, string> { ["Input.Body"] = body, ["Input.Note"] = "Long" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(body, await app.SectionBodyAsync(community, Values));
    }

    [Fact]
    public async Task Post_TwoCoLeadsEditingTheSameSection_TheSecondIsToldAndShownBothAndNothingIsOverwritten()
    {
        var (community, _, first) = await CommunityWithCoLeadAsync();
        var (_, second) = await app.JoinedAsync(community, "Second Lead", CommunityRole.CoLead);
        var firstForm = (await first.GetDocumentAsync(EditPath(community))).Form();
        var secondForm = (await second.GetDocumentAsync(EditPath(community))).Form();

        using var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Body"] = "Kindness.\n\nFirst's values.", ["Input.Note"] = "First" });
        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Body"] = "Kindness.\n\nSecond's values.", ["Input.Note"] = "Second" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ToDocumentAsync();
        Assert.StartsWith("Someone else changed ‘Our values’ while you were editing it.", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Contains("First's values.", page.QuerySelector("#theirs .rt-charter-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Removed: First's values."], page.QuerySelectorAll(".rt-diff del").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Added: Second's values."], page.QuerySelectorAll(".rt-diff ins").Select(e => e.TextContent.Trim()));
        Assert.Equal("Kindness.\n\nSecond's values.", page.GetElementById("Input_Body")?.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("input[name='Input.BasedOn']")?.GetAttribute("value"));
        Assert.Equal("Kindness.\n\nFirst's values.", await app.SectionBodyAsync(community, Values));
        Assert.Equal([1, 2], await app.VersionNumbersAsync(community));

        using var resaved = await second.SubmitAsync(page.Form());
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal("Kindness.\n\nSecond's values.", await app.SectionBodyAsync(community, Values));
        Assert.Equal([1, 2, 3], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_BasedOnAnOlderVersionWhenAnotherSectionChanged_IsMergedWithThatChange()
    {
        var (community, _, first) = await CommunityWithCoLeadAsync();
        var (secondPerson, _) = await app.JoinedAsync(community, "Second Lead", CommunityRole.CoLead);
        var form = (await first.GetDocumentAsync(EditPath(community))).Form();
        await app.SaveSectionAsync(community, secondPerson, CharterTemplate.OurPurpose, "Second's purpose");

        using var response = await first.SubmitAsync(form, new Dictionary<string, string> { ["Input.Body"] = "First's values", ["Input.Note"] = "Values" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = await app.CurrentCharterAsync(community);
        Assert.Equal(3, current.Number);
        Assert.Equal("First's values", current.Sections.Single(s => s.Key == Values).Body);
        Assert.Equal("Second's purpose", current.Sections.Single(s => s.Key == CharterTemplate.OurPurpose).Body);
    }

    [Fact]
    public async Task Post_SameChangeTwice_SavesOneVersion()
    {
        var (community, _, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync(EditPath(community))).Form();
        var change = new Dictionary<string, string> { ["Input.Body"] = "Clicked twice", ["Input.Note"] = "Twice" };

        using var first = await coLead.SubmitAsync(form, change);
        using var second = await coLead.SubmitAsync(form, change);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("‘Our values’ already says this, so no new version was needed.", (await coLead.GetDocumentAsync(second.Headers.Location!.OriginalString)).Notice());
        Assert.Equal([1, 2], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_AsSiteAdmin_IsSavedUnderTheirName()
    {
        var community = await app.CreateCommunityAsync();
        var admin = await app.CreatePersonAsync("Site Admin");
        await app.MakeSiteAdminAsync(admin);

        using var response = await (await app.BrowserForAsync(admin)).SubmitAsync(EditPath(community),
            new Dictionary<string, string> { ["Input.Body"] = "Fixed a typo", ["Input.Note"] = "Typo" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(admin.Id, await app.WithDbAsync(db => db.CharterVersions.Where(v => v.CommunityId == community.Id && v.Number == 2).Select(v => v.AuthorId).SingleAsync()));
    }
}
