using System.Net;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

[Collection(SharedApps.People)]
public class AccessNeedsTests(RoundtableApp app)
{
    private const string OwnWords = "A hearing loop in the room, please";

    private async Task<(Community Community, Person Needy, Guid GroupId)> CommunityWithNeedsAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (ann, _) = await app.MemberAsync(community, "Ann Able", livedExpertGroup: true);
        var (bea, _) = await app.MemberAsync(community, "Bea Bright");
        await app.MemberAsync(community, "Cal Calm");
        await app.ChangeMembershipAsync(community, ann, m => (m.AccessNeeds, m.OtherAccessNeeds) = (AccessNeeds.EasyRead | AccessNeeds.Captions, OwnWords));
        await app.ChangeMembershipAsync(community, bea, m => (m.AccessNeeds, m.Naming) = (AccessNeeds.Captions, Naming.NotNamed));
        var group = await app.CreateSubGroupAsync(community, "Action group");
        await app.WithDbAsync(async db =>
        {
            var membership = (await app.MembershipAsync(community, ann)).Id;
            db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = group, MembershipId = membership, JoinedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        return (community, ann, group);
    }

    [Theory]
    [InlineData(CommunityRole.Facilitator)]
    [InlineData(CommunityRole.CoLead)]
    public async Task Get_AccessNeeds_ShowsPlannersTheCountsAndWhoNeedsWhat(CommunityRole role)
    {
        var (community, _, _) = await CommunityWithNeedsAsync();
        var (_, planner) = await app.MemberAsync(community, "Pat Planner", role);

        var page = await planner.GetDocumentAsync($"/communities/{community.Slug}/access-needs");

        var counts = page.QuerySelectorAll("#need-counts tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("1", counts["Easy read"]);
        Assert.Equal("2", counts["Captions"]);
        Assert.Equal("0", counts["Breaks"]);
        Assert.Equal("1", counts["Something else, in their own words"]);
        var rows = page.QuerySelectorAll("#people-needs tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal([$"Ann | Easy read, Captions | {OwnWords}", $"{MemberNames.NotNamed} | Captions | –"], rows);
    }

    [Fact]
    public async Task Get_EveryPageAnOrdinaryMemberCanOpen_ShowsNobodyElsesAccessNeeds()
    {
        var (community, _, group) = await CommunityWithNeedsAsync();
        var (_, member) = await app.MemberAsync(community, "Olu Other");
        var slug = community.Slug;

        foreach (var path in new[] { $"/communities/{slug}", $"/communities/{slug}/people", $"/communities/{slug}/people?q=please",
                     $"/communities/{slug}/me", $"/communities/{slug}/me/access-needs", $"/communities/{slug}/sub-groups", $"/communities/{slug}/sub-groups/{group}", "/account" })
        {
            var html = await (await member.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(OwnWords, html, StringComparison.Ordinal);
        }

        var own = await member.GetDocumentAsync($"/communities/{slug}/me/access-needs");
        Assert.Empty(own.QuerySelectorAll("input[name='Input.AccessNeeds'][checked]"));

        foreach (var path in new[] { $"/communities/{slug}/people", $"/communities/{slug}/sub-groups/{group}" })
        {
            var text = (await member.GetDocumentAsync(path)).QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("Captions", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Easy read", text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/communities/{slug}/access-needs")).StatusCode);
    }

    [Fact]
    public async Task Get_YourAccessNeeds_ShowsMembersTheirOwnNeedsAndWhoSeesThem()
    {
        var (community, needy, _) = await CommunityWithNeedsAsync();
        var browser = await app.BrowserForAsync(needy);

        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/me/access-needs");

        Assert.Equal(["EasyRead", "Captions"], page.QuerySelectorAll("input[name='Input.AccessNeeds'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(OwnWords, page.GetElementById("Input_OtherAccessNeeds")?.TextContent.Trim());
        Assert.Contains("Only this community's co-leads and facilitators see this", page.GetElementById("Input_AccessNeeds-hint")?.TextContent, StringComparison.Ordinal);
    }
}
