using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

[Collection(SharedApps.People)]
public class SubGroupTests(RoundtableApp app)
{
    private static string ListPath(Community community) => $"/communities/{community.Slug}/sub-groups";

    private static string GroupPath(Community community, Guid id) => $"/communities/{community.Slug}/sub-groups/{id}";

    private async Task<(Community Community, HttpClient CoLead)> CommunityWithCoLeadAsync()
    {
        var community = await app.CreateCommunityAsync();
        var (_, coLead) = await app.MemberAsync(community, "Cora Lead", CommunityRole.CoLead);
        return (community, coLead);
    }

    private Task<List<SubGroup>> GroupsAsync(Community community) =>
        app.WithDbAsync(db => db.SubGroups.AsNoTracking().Where(g => g.CommunityId == community.Id).ToListAsync());

    [Fact]
    public async Task Post_NewSubGroup_StartsItAndShowsItsPurpose()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync($"{ListPath(community)}/new", new Dictionary<string, string>
        {
            ["Input.Name"] = " System-mapping group ",
            ["Input.Purpose"] = "To map who does what across Kent and Medway.",
        });

        var group = Assert.Single(await GroupsAsync(community));
        Assert.Equal(GroupPath(community, group.Id), response.Headers.Location?.OriginalString);
        var page = await coLead.FollowAsync(response);
        Assert.Equal("System-mapping group", page.Heading());
        Assert.Equal("To map who does what across Kent and Medway.", page.GetElementById("purpose")?.TextContent);
        Assert.Equal("The sub-group ‘System-mapping group’ has been started.", page.Notice());
        var list = await coLead.GetDocumentAsync(ListPath(community));
        Assert.Equal(["System-mapping group"], list.QuerySelectorAll("#sub-groups tbody a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Post_TheSameNewSubGroupTwice_StartsOne()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var form = (await coLead.GetDocumentAsync($"{ListPath(community)}/new")).Form();
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Action group", ["Input.Purpose"] = "To act." };

        using var first = await coLead.SubmitAsync(form, fields);
        using var second = await coLead.SubmitAsync(form, fields);

        var group = Assert.Single(await GroupsAsync(community));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(GroupPath(community, group.Id), second.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_NewSubGroupWithANameAlreadyThere_IsRefused()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        await app.CreateSubGroupAsync(community, "Action group");

        using var response = await coLead.SubmitAsync($"{ListPath(community)}/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "action GROUP",
            ["Input.Purpose"] = "A second one.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("There is already a sub-group called ‘action GROUP’", (await response.ToDocumentAsync()).ErrorFor("Input_Name"));
        Assert.Single(await GroupsAsync(community));
    }

    [Fact]
    public async Task Post_NewSubGroupEmpty_ShowsEachProblem()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();

        using var response = await coLead.SubmitAsync($"{ListPath(community)}/new", new Dictionary<string, string>
        {
            ["Input.Name"] = " ",
            ["Input.Purpose"] = "",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Enter the sub-group's name", "Enter what the sub-group is for"], page.ErrorSummary());
        Assert.Empty(await GroupsAsync(community));
    }

    [Fact]
    public async Task Post_NewSubGroupOverlong_SaysTheLimitsAndKeepsTheText()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var purpose = new string('p', SubGroup.PurposeMaxLength + 1);

        using var response = await coLead.SubmitAsync($"{ListPath(community)}/new", new Dictionary<string, string>
        {
            ["Input.Name"] = new string('n', SubGroup.NameMaxLength + 1),
            ["Input.Purpose"] = purpose,
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Name must be 100 characters or fewer (you have 101)", "Purpose must be 1000 characters or fewer (you have 1001)"], page.ErrorSummary());
        Assert.Equal(purpose, page.GetElementById("Input_Purpose")?.TextContent.Trim());
        Assert.Empty(await GroupsAsync(community));
    }

    [Fact]
    public async Task Post_JoinTwiceThenLeaveTwice_IsInOnceThenOut()
    {
        var (community, _) = await CommunityWithCoLeadAsync();
        var id = await app.CreateSubGroupAsync(community, "Action group");
        var (_, member) = await app.MemberAsync(community, "Nadia Achterberg");
        var joinForm = (await member.GetDocumentAsync(GroupPath(community, id))).Form("#join-or-leave");

        using (await member.SubmitAsync(joinForm))
        {
        }

        using var joinedAgain = await member.SubmitAsync(joinForm);
        var joinedPage = await member.FollowAsync(joinedAgain);
        var list = await member.GetDocumentAsync(ListPath(community));
        var leaveForm = joinedPage.Form("#join-or-leave");
        using (await member.SubmitAsync(leaveForm))
        {
        }

        using var leftAgain = await member.SubmitAsync(leaveForm);

        Assert.Equal(["Nadia (you)"], joinedPage.QuerySelectorAll("#members li").Select(li => li.TextContent.Trim()));
        Assert.Equal("You have joined Action group.", joinedPage.Notice());
        Assert.Equal("You are in it", list.QuerySelector("#sub-groups .nhsuk-tag")?.TextContent);
        Assert.Equal("1", list.QuerySelector("#sub-groups td.nhsuk-table__cell--numeric")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, leftAgain.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubGroupMembers.CountAsync(m => m.SubGroupId == id)));
        Assert.Equal("Join this sub-group", (await member.FollowAsync(leftAgain)).QuerySelector("#join-or-leave button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_CoLeadTakesSomeoneOff_TheyAreNoLongerInIt()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var id = await app.CreateSubGroupAsync(community, "Action group");
        var (nadia, member) = await app.MemberAsync(community, "Nadia Achterberg");
        await app.ChangeMembershipAsync(community, nadia, m => m.Naming = Naming.NotNamed);
        using (await member.SubmitAsync((await member.GetDocumentAsync(GroupPath(community, id))).Form("#join-or-leave")))
        {
        }

        var page = await coLead.GetDocumentAsync(GroupPath(community, id));
        var remove = page.Form("#members form");
        using var removed = await coLead.SubmitAsync(remove);
        var notice = (await coLead.FollowAsync(removed)).Notice();
        using var removedAgain = await coLead.SubmitAsync(remove);

        Assert.Equal($"{MemberNames.NotNamed} has been taken off this sub-group.", notice);
        Assert.Equal(HttpStatusCode.Redirect, removedAgain.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SubGroupMembers.CountAsync(m => m.SubGroupId == id)));
    }

    [Fact]
    public async Task Get_SubGroup_ShowsMembersOnlyAsTheyChoseAndLeavesOutFormerMembers()
    {
        var (community, _) = await CommunityWithCoLeadAsync();
        var id = await app.CreateSubGroupAsync(community, "Action group");
        var (_, nadiaBrowser) = await app.MemberAsync(community, "Nadia Achterberg");
        var (fred, fredBrowser) = await app.MemberAsync(community, "Fred Former");
        foreach (var browser in new[] { nadiaBrowser, fredBrowser })
        {
            using (await browser.SubmitAsync((await browser.GetDocumentAsync(GroupPath(community, id))).Form("#join-or-leave")))
            {
            }
        }

        await app.ChangeMembershipAsync(community, fred, m => m.LeftAt = app.Clock.GetUtcNow());
        var (_, viewer) = await app.MemberAsync(community, "Olu Other");

        using var response = await viewer.GetAsync(GroupPath(community, id));
        var list = await viewer.GetDocumentAsync(ListPath(community));

        var page = await response.ToDocumentAsync();
        Assert.Equal(["Nadia"], page.QuerySelectorAll("#members li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain("Achterberg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#members form"));
        Assert.Null(page.GetElementById("edit"));
        Assert.Equal("1", list.QuerySelector("#sub-groups td.nhsuk-table__cell--numeric")?.TextContent);
    }

    [Fact]
    public async Task Post_CoLeadChangesNameAndPurpose_SavesThem()
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var id = await app.CreateSubGroupAsync(community, "Action group");

        using var response = await coLead.SubmitAsync(GroupPath(community, id), new Dictionary<string, string>
        {
            ["Input.Name"] = "Doing group",
            ["Input.Purpose"] = "To do what we said.",
        }, "#edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var group = Assert.Single(await GroupsAsync(community));
        Assert.Equal(("Doing group", "To do what we said."), (group.Name, group.Purpose));
    }

    [Theory]
    [InlineData("Other group", "To act.", "There is already a sub-group called ‘Other group’")]
    [InlineData("", "To act.", "Enter the sub-group's name")]
    public async Task Post_CoLeadChangesToABadName_IsRefusedAndKeepsTheOld(string name, string purpose, string expected)
    {
        var (community, coLead) = await CommunityWithCoLeadAsync();
        var id = await app.CreateSubGroupAsync(community, "Action group");
        await app.CreateSubGroupAsync(community, "Other group");

        using var response = await coLead.SubmitAsync(GroupPath(community, id), new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Purpose"] = purpose,
        }, "#edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.ToDocumentAsync()).ErrorFor("Input_Name"));
        Assert.Equal("Action group", (await GroupsAsync(community)).Single(g => g.Id == id).Name);
    }
}
