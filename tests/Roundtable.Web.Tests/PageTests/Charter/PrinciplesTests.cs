using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

[Collection(SharedApps.Pages)]
public class PrinciplesTests(RoundtableApp app)
{
    private async Task<(Community Community, HttpClient CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (_, browser) = await app.JoinedAsync(community, "First Lead", CommunityRole.CoLead);
        return (community, browser);
    }

    private async Task<List<string>> SavedNamesAsync(Community community) =>
        (await app.CurrentCharterAsync(community)).Principles.OrderBy(p => p.Position).Select(p => p.Name).ToList();

    [Fact]
    public async Task Get_Principles_ShowsEachOneInOrderAndTwoEmptyRows()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        var page = await coLead.GetDocumentAsync(community.CharterPath("/principles"));

        Assert.Equal("Edit the discussion principles", page.Heading());
        Assert.Equal(8, page.QuerySelectorAll("fieldset.rt-principle-row").Length);
        Assert.Equal("Acknowledge", page.GetElementById("Input_Principles_0__Name")?.GetAttribute("value"));
        Assert.Equal("Receive what people say", page.GetElementById("Input_Principles_0__Description")?.TextContent.Trim());
        Assert.Equal("Protect safety", page.GetElementById("Input_Principles_5__Name")?.GetAttribute("value"));
        Assert.Null(page.GetElementById("Input_Principles_6__Name")?.GetAttribute("value"));
        Assert.Equal("8", page.GetElementById("Input_Principles_7__Position")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_EditedRemovedAddedAndMoved_SavesThePrinciplesInTheirNewOrder()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), new Dictionary<string, string>
        {
            ["Input.Principles[0].Name"] = "Acknowledge everyone",
            ["Input.Principles[1].Name"] = "",
            ["Input.Principles[1].Description"] = " ",
            ["Input.Principles[6].Name"] = "Take breaks",
            ["Input.Principles[6].Description"] = "Rest when you need to",
            ["Input.Principles[6].Position"] = "0",
            ["Input.Note"] = "Breaks first",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("The discussion principles have been saved. The charter is now version 2.", page.Notice());
        Assert.Equal(["Take breaks", "Acknowledge everyone", "Ask", "Stay curious", "Honour pace", "Protect safety"], await SavedNamesAsync(community));
        Assert.Equal("Take breaks: Rest when you need to", page.QuerySelector("ol.rt-principles li")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_HalfFilledRows_SayWhatEachRowIsMissing()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), new Dictionary<string, string>
        {
            ["Input.Principles[6].Name"] = "Take breaks",
            ["Input.Principles[7].Description"] = "Rest when you need to",
            ["Input.Note"] = "Breaks",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Enter what principle 7 means", page.ErrorFor("Input_Principles_6__Description"));
        Assert.Equal("Enter a name for principle 8", page.ErrorFor("Input_Principles_7__Name"));
        Assert.Equal(2, page.ErrorSummary().Count);
        Assert.Equal("Take breaks", page.GetElementById("Input_Principles_6__Name")?.GetAttribute("value"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_EveryRowEmpty_AsksForAtLeastOnePrinciple()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var cleared = new Dictionary<string, string> { ["Input.Note"] = "Start again" };
        for (var i = 0; i < 8; i++)
        {
            cleared[$"Input.Principles[{i}].Name"] = "";
            cleared[$"Input.Principles[{i}].Description"] = "";
        }

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), cleared);

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter at least one discussion principle"], page.ErrorSummary());
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_OverlongNameAndDescription_SayTheLimits()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), new Dictionary<string, string>
        {
            ["Input.Principles[0].Name"] = new string('n', DiscussionPrinciple.NameMaxLength + 1),
            ["Input.Principles[1].Description"] = new string('d', DiscussionPrinciple.DescriptionMaxLength + 1),
            ["Input.Note"] = "Longer",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("The name of principle 1 must be 60 characters or fewer (you have 61)", page.ErrorFor("Input_Principles_0__Name"));
        Assert.Equal("What principle 2 means must be 300 characters or fewer (you have 301)", page.ErrorFor("Input_Principles_1__Description"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_PositionThatIsNotANumber_SaysSo()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), new Dictionary<string, string>
        {
            ["Input.Principles[2].Position"] = "first",
            ["Input.Note"] = "Reorder",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("The position of principle 3 must be a number, like 1 or 2", page.ErrorFor("Input_Principles_2__Position"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_ChangeWithoutANote_AsksForOne()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"), new Dictionary<string, string> { ["Input.Principles[0].Name"] = "Listen" });

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Say briefly what you changed"], page.ErrorSummary());
        Assert.Equal("Listen", page.GetElementById("Input_Principles_0__Name")?.GetAttribute("value"));
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_NothingChanged_SavesNoVersion()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync(community.CharterPath("/principles"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("You did not change the discussion principles, so no new version was saved.",
            (await coLead.GetDocumentAsync(response.Headers.Location!.OriginalString)).Notice());
        Assert.Equal([1], await app.VersionNumbersAsync(community));
    }

    [Fact]
    public async Task Post_TwoCoLeadsEditingAtOnce_TheSecondIsToldAndShownBoth()
    {
        var (community, first) = await CommunityWithCoLeadAsync();
        var (_, second) = await app.JoinedAsync(community, "Second Lead", CommunityRole.CoLead);
        var firstForm = (await first.GetDocumentAsync(community.CharterPath("/principles"))).Form();
        var secondForm = (await second.GetDocumentAsync(community.CharterPath("/principles"))).Form();

        using var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Principles[0].Name"] = "First's name", ["Input.Note"] = "First" });
        using var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Principles[1].Name"] = "Second's name", ["Input.Note"] = "Second" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ToDocumentAsync();
        Assert.StartsWith("Someone else changed the discussion principles", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal("First's name: Receive what people say", page.QuerySelector("#theirs ol.rt-principles li")?.TextContent.Trim());
        Assert.Equal(["Removed: First's name: Receive what people say", "Removed: Accept: Each experience is true for that person"],
            page.QuerySelectorAll(".rt-diff del").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Added: Acknowledge: Receive what people say", "Added: Second's name: Each experience is true for that person"],
            page.QuerySelectorAll(".rt-diff ins").Select(e => e.TextContent.Trim()));
        Assert.Equal("Second's name", page.GetElementById("Input_Principles_1__Name")?.GetAttribute("value"));
        Assert.Equal("First's name", (await SavedNamesAsync(community))[0]);
        Assert.Equal([1, 2], await app.VersionNumbersAsync(community));

        using var resaved = await second.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.Principles[0].Name"] = "First's name" });
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal(["First's name", "Second's name"], (await SavedNamesAsync(community)).Take(2));
    }
}
