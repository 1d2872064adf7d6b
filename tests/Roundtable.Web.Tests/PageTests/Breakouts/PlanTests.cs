using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Breakouts.BreakoutsTestData;

namespace Roundtable.Web.Tests.PageTests.Breakouts;

[Collection(SharedApps.Sessions)]
public class PlanTests(RoundtableApp app)
{
    private async Task<(Community Community, Session Session, HttpClient Facilitator)> SessionAsync()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-171), topic: "What good support looks like");
        var facilitator = await app.CreatePersonAsync("Fran Facilitator");
        await app.JoinAsync(community, facilitator, CommunityRole.Facilitator);
        return (community, session, await app.BrowserForAsync(facilitator));
    }

    private static async Task<IDocument> ProposeAsync(HttpClient facilitator, Community community, Session session, params (string Name, string? Value)[] fields)
    {
        using var response = await facilitator.SubmitAsync(GroupsPath(community, session), fields, "#propose");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await facilitator.FollowAsync(response);
    }

    private static List<string> Warnings(IDocument page) =>
        page.QuerySelectorAll("#warnings li").Select(li => li.TextContent.Trim()).ToList();

    [Fact]
    public async Task Post_ProposeForSixtyPeople_MakesEightGroupsOfSevenOrEightEachWithLivedExperienceAndStaff()
    {
        var (community, session, facilitator) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Sixty"));

        var page = await ProposeAsync(facilitator, community, session);

        Assert.Equal("8 groups proposed for 60 people.", page.Notice());
        var groups = page.Groups();
        Assert.Equal(Enumerable.Range(1, 8), groups.Select(g => g.Number));
        Assert.All(groups, g =>
        {
            Assert.InRange(g.People.Count, 7, 8);
            Assert.Contains(g.People, p => p.Tags.Contains("Lived experience"));
            Assert.Contains(g.People, p => p.Tags.Contains("Staff"));
            Assert.Contains(g.Chair, g.People.Select(p => p.Name));
        });
        Assert.Equal(people.Select(p => p.Id).Order(), groups.SelectMany(g => g.People).Select(p => p.Id).Order());
        Assert.DoesNotContain(Warnings(page), w => w.Contains("lived experience", StringComparison.Ordinal) || w.Contains("no staff", StringComparison.Ordinal));
        Assert.Equal(60, (await app.GroupsAsync(session)).Sum(g => g.Members.Count));
    }

    [Fact]
    public async Task Post_ProposeForSixtyPeople_LetsTheTwoFacilitatorsChairAndSaysWhichGroupsHaveNone()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Chairs"));

        var page = await ProposeAsync(facilitator, community, session);

        var groups = page.Groups();
        Assert.Equal(["Chairs 10", "Chairs 40"], groups.Where(g => g.Chair is "Chairs 10" or "Chairs 40").Select(g => g.Chair).Order());
        Assert.Contains("Groups 3, 4, 5, 6, 7 and 8 have no facilitator or co-lead: check their chairs are happy to chair.", Warnings(page));
    }

    [Fact]
    public async Task Post_ProposeTwiceForTheSamePeople_GivesTheSameGroups()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Stable"));
        var form = (await facilitator.GetDocumentAsync(GroupsPath(community, session))).Form("#propose");

        using var first = await facilitator.SubmitAsync(form);
        var before = (await app.GroupsAsync(session)).Select(g => (g.Number, g.ChairId, string.Join(",", g.Members.Select(m => m.PersonId).Order()))).ToList();
        using var second = await facilitator.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var after = (await app.GroupsAsync(session)).Select(g => (g.Number, g.ChairId, string.Join(",", g.Members.Select(m => m.PersonId).Order()))).ToList();
        Assert.Equal(8, after.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Get_Groups_ShowTagsForPlanningButNeverTheIdentitiesPeopleChose()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Tags", quiet: 2));
        await ProposeAsync(facilitator, community, session);

        var page = await facilitator.GetDocumentAsync(GroupsPath(community, session));

        var tags = page.Groups().SelectMany(g => g.People).SelectMany(p => p.Tags).Distinct().Order().ToList();
        Assert.Equal(["Facilitator", "Family or carer", "Lived experience", "Quiet space", "Staff"], tags);
        var text = page.Body!.TextContent;
        Assert.All(new[] { Lived, Learning, Adhd, Family, Health, SocialCare, Education, Both }, identity => Assert.DoesNotContain(identity, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Groups_NamePeopleAsTheyChose()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session,
        [
            new Someone("Secret Sam Hidden", [Lived], Naming: Naming.NotNamed),
            new Someone("Rowan Role", [Health], Naming: Naming.RoleOnly, JobRole: "Community nurse"),
            new Someone("Fiona Firstname", [Family], Naming: Naming.FirstName),
        ]);
        await ProposeAsync(facilitator, community, session, ("Input.Min", "2"), ("Input.Max", "3"));

        var page = await facilitator.GetDocumentAsync(GroupsPath(community, session));

        var names = page.Groups().SelectMany(g => g.People).Select(p => p.Name).Order().ToList();
        Assert.Equal([MemberNames.NotNamed, "Community nurse", "Fiona"], names);
        Assert.DoesNotContain("Secret Sam", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rowan", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ProposeKeepingQuietSpaceTogether_PutsThemInOneGroup()
    {
        var (community, session, facilitator) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Quiet", quiet: 4).Take(24));
        // Asked for a quiet space for this session only, when signing up.
        await app.WithDbAsync(async db =>
        {
            var signUp = await db.SignUps.SingleAsync(s => s.SessionId == session.Id && s.PersonId == people[20].Id);
            signUp.AccessNeeds = AccessNeeds.QuietSpace | AccessNeeds.Captions;
            return await db.SaveChangesAsync();
        });

        var page = await ProposeAsync(facilitator, community, session);

        var groups = page.Groups();
        Assert.Equal(3, groups.Count);
        var quiet = groups.Where(g => g.People.Any(p => p.Tags.Contains("Quiet space"))).ToList();
        Assert.Equal(5, Assert.Single(quiet).People.Count(p => p.Tags.Contains("Quiet space")));
        Assert.Contains(quiet[0].People, p => p.Id == people[20].Id);
    }

    [Fact]
    public async Task Post_ProposeNotKeepingQuietSpaceTogether_SpreadsThem()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Spread", quiet: 4).Take(24));

        var page = await ProposeAsync(facilitator, community, session, ("Input.KeepQuietTogether", null));

        Assert.True(page.Groups().Count(g => g.People.Any(p => p.Tags.Contains("Quiet space"))) > 1);
        Assert.Null(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_KeepQuietTogether")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task Get_BeforeAttendance_SaysGroupsComeFromBookingsAndLeavesOutTheWaitingList()
    {
        var (community, session, facilitator) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Booked").Take(8));
        await app.WithDbAsync(async db =>
        {
            var signUps = await db.SignUps.Where(s => s.SessionId == session.Id && (s.PersonId == people[0].Id || s.PersonId == people[1].Id)).ToListAsync();
            signUps[0].Status = SignUpStatus.Waiting;
            signUps[1].Status = SignUpStatus.Cancelled;
            return await db.SaveChangesAsync();
        });

        var page = await ProposeAsync(facilitator, community, session);

        Assert.Equal("Attendance has not been taken yet, so groups are made from the 6 members booked on this session.", page.GetElementById("taking-part")!.TextContent.Trim());
        Assert.Equal(6, Assert.Single(page.Groups()).People.Count);
    }

    [Fact]
    public async Task Post_ProposeAfterAttendance_GroupsOnlyThoseWhoCame()
    {
        var (community, session, facilitator) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Came").Take(12));
        var came = people.Take(7).ToArray();
        await app.AttendAsync(session, came);

        var page = await ProposeAsync(facilitator, community, session);

        Assert.Equal("Groups are made from the 7 members marked as attending.", page.GetElementById("taking-part")!.TextContent.Trim());
        Assert.Equal(came.Select(p => p.Id).Order(), Assert.Single(page.Groups()).People.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Post_ProposeWithNobodyBooked_SaysThereIsNobodyAndMakesNoGroups()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await facilitator.PostWithTokenAsync($"{GroupsPath(community, session)}?handler=Propose",
            ("Input.Min", "6"), ("Input.Max", "8"), ("Input.KeepQuietTogether", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["There is nobody to put in groups: nobody is booked on this session or marked as attending"], page.ErrorSummary());
        Assert.Null(page.QuerySelector("#propose"));
        Assert.Empty(await app.GroupsAsync(session));
    }

    [Theory]
    [InlineData("1", "8", "Input_Min", "The smallest group size must be 2 or more")]
    [InlineData("", "8", "Input_Min", "Enter the smallest group size")]
    [InlineData("six", "8", "Input_Min", "The smallest group size must be a whole number, like 6")]
    [InlineData("6", "21", "Input_Max", "The largest group size must be 20 or fewer")]
    [InlineData("8", "6", "Input_Max", "The largest group size must be the same as the smallest or more")]
    [InlineData("6", "", "Input_Max", "Enter the largest group size")]
    public async Task Post_ProposeWithSizesOutOfRange_SaysWhatIsWrongAndMakesNoGroups(string min, string max, string field, string error)
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Sizes").Take(10));

        using var response = await facilitator.SubmitAsync(GroupsPath(community, session), new Dictionary<string, string>
        {
            ["Input.Min"] = min,
            ["Input.Max"] = max,
        }, "#propose");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(error, page.ErrorFor(field));
        Assert.Equal([error], page.ErrorSummary());
        Assert.Empty(await app.GroupsAsync(session));
    }

    [Fact]
    public async Task Post_ProposeOtherSizes_UsesThemAndKeepsThemInTheForm()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Fours").Take(20));

        var page = await ProposeAsync(facilitator, community, session, ("Input.Min", "4"), ("Input.Max", "5"));

        Assert.Equal([5, 5, 5, 5], page.Groups().Select(g => g.People.Count));
        Assert.Equal("4", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Min")!.Value);
        Assert.Equal("5", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Max")!.Value);
    }

    [Fact]
    public async Task Post_ProposeForSeventeen_ShowsThePlannersWarning()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Seventeen").Take(17));

        var page = await ProposeAsync(facilitator, community, session);

        Assert.Equal([6, 6, 5], page.Groups().Select(g => g.People.Count));
        Assert.Contains("Group 3 has fewer than 6 people. There is no way to put 17 people in groups of 6 to 8.", Warnings(page));
    }

    [Fact]
    public async Task Post_ProposeOverExistingGroups_AsksFirstAndKeepsThemUntilConfirmed()
    {
        var (community, session, facilitator) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Again").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var moved = page.Groups()[0].People[^1];
        using (await facilitator.SubmitAsync(page.MoveForm(moved.Id), new Dictionary<string, string> { ["to"] = "2" }))
        {
        }

        using var asked = await facilitator.SubmitAsync(GroupsPath(community, session), new Dictionary<string, string>(), "#propose");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.ToDocumentAsync();
        Assert.Equal("Replace the breakout groups?", question.Heading());
        Assert.Contains((await app.GroupsAsync(session))[1].Members, m => m.PersonId == moved.Id);

        using var replaced = await facilitator.SubmitAsync(question.Form("#replace"));

        var after = await facilitator.FollowAsync(replaced);
        Assert.Equal("2 groups proposed for 16 people.", after.Notice());
        Assert.Contains(after.Groups()[0].People, p => p.Id == moved.Id);
    }

    [Fact]
    public async Task Post_Move_PutsThePersonInTheOtherGroupAndIsSafeToRepeat()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Move").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var person = page.Groups()[0].People.First(p => p.Name != page.Groups()[0].Chair);
        var form = page.MoveForm(person.Id);

        using var first = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["to"] = "2" });
        using var second = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["to"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var after = await facilitator.FollowAsync(second);
        Assert.Equal($"{person.Name} is in group 2 now.", after.Notice());
        Assert.Equal([7, 9], after.Groups().Select(g => g.People.Count));
        Assert.Contains(after.Groups()[1].People, p => p.Id == person.Id);
        Assert.Contains("Group 2 has more than 8 people.", Warnings(after));
    }

    [Fact]
    public async Task Post_MoveTheChair_GivesTheirOldGroupAnotherChairFromItsMembers()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Rechair").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var group = page.Groups()[0];
        var chair = group.People.Single(p => p.Name == group.Chair);

        using var response = await facilitator.SubmitAsync(page.MoveForm(chair.Id), new Dictionary<string, string> { ["to"] = "2" });

        var saved = await app.GroupsAsync(session);
        Assert.NotNull(saved[0].ChairId);
        Assert.NotEqual(chair.Id, saved[0].ChairId);
        Assert.Contains(saved[0].Members, m => m.PersonId == saved[0].ChairId);
    }

    [Fact]
    public async Task Post_MoveToANewGroupTwice_StartsOneGroupWithThemAsChair()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("New").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var person = page.Groups()[1].People[^1];
        var form = page.MoveForm(person.Id);

        using var first = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["to"] = "new" });
        using var second = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["to"] = "new" });

        var saved = await app.GroupsAsync(session);
        Assert.Equal([1, 2, 3], saved.Select(g => g.Number));
        Assert.Equal(person.Id, Assert.Single(saved[2].Members).PersonId);
        Assert.Equal(person.Id, saved[2].ChairId);
    }

    [Fact]
    public async Task Post_MoveOutOfTheGroups_ListsThemAsNotInAGroupAndTheLastOneOutRemovesTheGroup()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Out").Take(9));
        var page = await ProposeAsync(facilitator, community, session);
        var alone = page.Groups()[1].People;
        Assert.Equal(4, alone.Count);

        foreach (var person in alone)
        {
            using var response = await facilitator.SubmitAsync(page.MoveForm(person.Id), new Dictionary<string, string> { ["to"] = "out" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var after = await facilitator.GetDocumentAsync(GroupsPath(community, session));
        Assert.Equal([1], after.Groups().Select(g => g.Number));
        Assert.Equal(alone.Select(p => p.Id).Order(), BreakoutsTestData.People(after.GetElementById("not-in-a-group")!).Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Post_MoveSomeoneBookedAfterTheGroupsWereMade_PutsThemInAGroup()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Late").Take(8));
        await ProposeAsync(facilitator, community, session);
        var late = await app.BookAsync(community, session, new Someone("Late Comer", [Health]));
        var page = await facilitator.GetDocumentAsync(GroupsPath(community, session));
        Assert.Equal([late.Id], BreakoutsTestData.People(page.GetElementById("not-in-a-group")!).Select(p => p.Id));

        using var response = await facilitator.SubmitAsync(page.MoveForm(late.Id), new Dictionary<string, string> { ["to"] = "1" });

        var after = await facilitator.FollowAsync(response);
        Assert.Null(after.GetElementById("not-in-a-group"));
        Assert.Contains(after.Groups()[0].People, p => p.Id == late.Id);
    }

    [Fact]
    public async Task Post_MoveSomeoneNotTakingPart_IsNotFoundAndChangesNothing()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Outsider").Take(8));
        await ProposeAsync(facilitator, community, session);
        var outsider = await app.CreatePersonAsync("Not Booked");
        await app.JoinAsync(community, outsider);

        using var response = await facilitator.PostWithTokenAsync($"{GroupsPath(community, session)}?handler=Move", ("person", outsider.Id.ToString()), ("to", "1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain((await app.GroupsAsync(session)).SelectMany(g => g.Members), m => m.PersonId == outsider.Id);
    }

    [Fact]
    public async Task Post_SetChair_MakesThemTheChairAndIsSafeToRepeat()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Chair").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var group = page.Groups()[1];
        var next = group.People.First(p => p.Name != group.Chair);
        var form = page.ChairForm(2);

        using var first = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["person"] = next.Id.ToString() });
        using var second = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["person"] = next.Id.ToString() });

        var after = await facilitator.FollowAsync(second);
        Assert.Equal($"{next.Name} chairs group 2.", after.Notice());
        Assert.Equal(next.Name, after.Groups()[1].Chair);
        Assert.Equal(next.Id, (await app.GroupsAsync(session))[1].ChairId);
    }

    [Fact]
    public async Task Post_SetChairToSomeoneInAnotherGroup_IsNotFoundAndKeepsTheChair()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Elsewhere").Take(16));
        var page = await ProposeAsync(facilitator, community, session);
        var fromGroupOne = page.Groups()[0].People[^1];
        var chairBefore = (await app.GroupsAsync(session))[1].ChairId;

        using var response = await facilitator.PostWithTokenAsync($"{GroupsPath(community, session)}?handler=Chair", ("group", "2"), ("person", fromGroupOne.Id.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(chairBefore, (await app.GroupsAsync(session))[1].ChairId);
    }

    [Fact]
    public async Task Get_ASessionNumberWithNoSession_IsNotFound()
    {
        var (community, _, facilitator) = await SessionAsync();

        using var response = await facilitator.GetAsync($"/communities/{community.Slug}/sessions/42/breakouts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
