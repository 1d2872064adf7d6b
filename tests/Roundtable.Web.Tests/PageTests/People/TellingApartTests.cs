using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Breakouts;
using static Roundtable.Web.Tests.PageTests.Breakouts.BreakoutsTestData;

namespace Roundtable.Web.Tests.PageTests.People;

// Two members who both chose to be shown as "Gemma", booked on one session: every list a
// facilitator acts on shows what tells them apart, from what each said of themselves, and no two
// of its controls carry the same name for a screen reader.
[Collection(SharedApps.People)]
public class TellingApartTests(RoundtableApp app)
{
    private async Task<(Community Community, Session Session, HttpClient CoLead)> TwoGemmasAsync()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var coLead = await app.CreatePersonAsync("Cora Lead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        await app.BookAsync(community, session,
        [
            new Someone("Gemma Lowe", [Lived], Naming: Naming.FirstName, JobRole: "Peer support worker"),
            new Someone("Gemma Lowe", [Health], Naming: Naming.FirstName, JobRole: "Nurse"),
            new Someone("Ravi Quill", [SocialCare], Role: CommunityRole.Facilitator),
        ]);
        return (community, session, await app.BrowserForAsync(coLead));
    }

    [Fact]
    public async Task Get_BreakoutsWithTwoGemmasInOneGroup_ShowsTheirRolesAndNamesEveryControlOnce()
    {
        // Arrange
        var (community, session, coLead) = await TwoGemmasAsync();
        using var proposed = await coLead.SubmitAsync(GroupsPath(community, session), [("Input.Min", "2"), ("Input.Max", "4")], "#propose");

        // Act
        var page = await coLead.FollowAsync(proposed);

        // Assert
        var group = Assert.Single(page.Groups());
        Assert.Contains("Gemma (Peer support worker)", group.People.Select(p => p.Name));
        Assert.Contains("Gemma (Nurse)", group.People.Select(p => p.Name));
        Assert.Contains("Move Gemma (Nurse)", page.Controls());
        Assert.Empty(page.Repeated());
    }

    [Fact]
    public async Task Get_RegisterWithTwoGemmas_NamesEveryControlOnce()
    {
        // Arrange
        var (community, session, coLead) = await TwoGemmasAsync();

        // Act
        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}/attendance");

        // Assert
        Assert.Contains("Gemma (Peer support worker)", page.Controls());
        Assert.Empty(page.Repeated());
    }

    [Fact]
    public async Task Get_SignUpsWithTwoGemmas_ShowsWhatTellsThemApart()
    {
        // Arrange
        var (community, session, coLead) = await TwoGemmasAsync();

        // Act
        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}/sign-ups");

        // Assert
        var names = page.QuerySelectorAll("#booked tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Gemma (Nurse)", "Gemma (Peer support worker)", "Ravi Quill"], names.Order(StringComparer.Ordinal));
        Assert.Empty(page.Repeated());
    }

    [Fact]
    public async Task Get_MembersWithTwoOfTheSameName_GivesEachChangeLinkTheirEmailAddress()
    {
        // Arrange
        var (community, _, coLead) = await TwoGemmasAsync();

        // Act
        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/members/manage");

        // Assert
        Assert.Equal(2, page.Controls().Count(name => name.StartsWith("Change Gemma Lowe (", StringComparison.Ordinal)));
        Assert.Empty(page.Repeated());
    }
}
