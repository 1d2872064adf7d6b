using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Drafting;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Reports;

// The staff briefing drafted from a community's data, against seed 000's own session 2: 43 came
// after 43, 38 reactions on the breakout reflection question, one connection, five themes (three
// deepening, two new), 9 of 12 respondents naming a next action.
public class StaffBriefingDrafterTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Draft_ASessionShapedLikeTheSeeds_HasItsFiguresSectionsAndNamesOnlyWhoConsented()
    {
        var community = await app.CreateCommunityAsync(name: "Harbourside Community of Practice");
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(-63));
        var second = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var preparation = await app.CreateSessionAsync(community, app.Today.AddDays(21), SessionKind.PreparationMeeting);
        await app.CreateSessionAsync(community, app.Today.AddDays(56));
        var named = (await app.MembersAsync(community, 1, "Rosa Marsh", CommunityRole.CoLead, Naming.FullName, QuoteConsent.ByName))[0];
        var hidden = (await app.MembersAsync(community, 1, "Quill Hidden", CommunityRole.CoLead, Naming.FullName, QuoteConsent.NotQuoted))[0];
        var byRole = (await app.MembersAsync(community, 1, "Sam Byrole", naming: Naming.FullName, quote: QuoteConsent.ByRole, jobRole: "Peer support worker"))[0];
        var members = await app.MembersAsync(community, 40, "Harbour Member");
        List<Person> everyone = [named, hidden, byRole, .. members];
        await app.CameAsync(first, everyone);
        await app.CameAsync(second, everyone);

        var roomOne = await app.RoomAsync(first);
        var roomTwo = await app.RoomAsync(second);
        var reflection = await app.PromptAsync(roomTwo, PromptKind.Reflection, "What will you take back into your work?", named.Id, PromptAudience.EachBreakoutGroup);
        var answers = await app.SaidAsync(roomTwo, members.Take(6).Select(m => ($"Answer from {m.DisplayName}", (Guid?)m.Id)), reflection);
        await app.ReactedAsync(roomTwo, answers, 38);
        var earlier = await app.SaidAsync(roomOne, Enumerable.Range(1, 3).Select(i => ($"Session 1 thought {i}", (Guid?)members[i].Id)));
        var heard = await app.SaidAsync(roomTwo, Enumerable.Range(1, 5).Select(i => ($"Session 2 thought {i}", (Guid?)members[i].Id)));
        var quotable = (await app.SaidAsync(roomTwo, [("How are we ensuring this in practice?", byRole.Id)]))[0];
        var unquotable = (await app.SaidAsync(roomTwo, [("Quill's own words about ambassadors", hidden.Id)]))[0];
        await app.ThemeAsync(community, "Lived experience leadership made operationally visible", "Moved from principle to practice", named.Id, [earlier[0], heard[0]], quotable);
        await app.ThemeAsync(community, "Intersectionality named as structural demand", "Explicit, repeated calls", named.Id, [earlier[1], heard[1]], unquotable);
        await app.ThemeAsync(community, "Anti-talking-shop demand for visible action", "Lots of meetings and nothing changes", named.Id, [earlier[2], heard[2]]);
        await app.ThemeAsync(community, "System knowledge and mapping as collective practice", "Shared understanding of what is out there", named.Id, [heard[3]]);
        var accessibility = await app.ThemeAsync(community, "Accessibility", "A direct ‘I feel unheard’ contribution", named.Id, [heard[4]]);
        await app.NotUpheldAsync(community, accessibility, second, named.Id);
        await app.ConnectedAsync(second, ConnectionSide.NamedAs("Lived expert carer groups"), ConnectionSide.NamedAs("the community learning disability team"), named.Id);
        await app.FeedbackAsync(second, everyone.Take(12), namingANextAction: 9);

        var briefing = (await app.DraftAsync(ReportKind.StaffBriefing, community, second))!;

        Assert.Equal("Second Community of Practice Session", briefing.Title);
        Assert.Equal($"Staff briefing · {TestClock.ShortDate(app.Today.AddDays(-7))} · Harbourside Community of Practice", briefing.TitleLine);
        Assert.Equal(
            [("43", "attended (holding from Session 1)"), ("38", "reactions on breakout reflection question"), ("1", "concrete connection brokered in the room"), ("5", "thematic threads — 3 deepening, 2 new")],
            briefing.Figures.Select(f => (f.Value, f.Label)));
        Assert.All(briefing.Figures, f => Assert.False(f.Gap));
        Assert.Contains("43 present", briefing.Figures[0].Source);
        Assert.Equal(["What we did", "What we heard", "What is beginning to happen", "What happens next"], briefing.Sections.Select(s => s.Heading));

        var did = Assert.Single(briefing.Section("What we did").Lines).Text;
        Assert.Contains("Second session of the Harbourside Community of Practice, online.", did);
        Assert.Contains("43 participants attended — attendance held from Session 1.", did);
        Assert.Contains("Co-led by Rosa Marsh and another co-lead.", did);

        var whatWeHeard = briefing.Section("What we heard").Lines;
        Assert.Equal("Five thematic threads — 3 deepening from Session 1, 2 new:", whatWeHeard[0].Text);
        Assert.Equal(
            [
                "Anti-talking-shop demand for visible action", "Intersectionality named as structural demand", "Lived experience leadership made operationally visible",
                "Accessibility — including one request not upheld [new]", "System knowledge and mapping as collective practice [new]",
            ],
            whatWeHeard.Skip(1).Select(l => l.Lead));
        Assert.All(whatWeHeard.Skip(1), l => Assert.Equal(ReportLineStyle.Bullet, l.Style));
        Assert.Contains("‘How are we ensuring this in practice?’ (Peer support worker)", whatWeHeard.Single(l => l.Lead?.StartsWith("Lived", StringComparison.Ordinal) == true).Text);

        Assert.Equal(
            ["Early signs of shared practice forming:", "Connection brokered: Lived expert carer groups linked to the community learning disability team", "9 of 12 respondents named concrete next actions to take back into work"],
            briefing.Section("What is beginning to happen").Lines.Select(l => l.Text));
        Assert.Equal(
            [$"Session 3 on {TestClock.ShortDate(app.Today.AddDays(56))}", "Session 3 acknowledges what we heard and what we have changed", "Lived-expert preparation meetings in the off-months between sessions"],
            briefing.Section("What happens next").Lines.Select(l => l.Text));
        Assert.All(briefing.Section("What happens next").Lines, l => Assert.Equal(ReportLineStyle.NextStep, l.Style));

        var text = briefing.AllText();
        Assert.DoesNotContain("Quill", text);
        Assert.DoesNotContain("Sam", text);
        Assert.DoesNotContain(preparation.Id.ToString(), text);
    }

    [Fact]
    public async Task Draft_ConnectionsBetweenMembers_NameEachSideOnlyAsTheyConsentedAndSayWhyWhenOneMayNotBeNamed()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var named = (await app.MembersAsync(community, 1, "Rosa Marsh", naming: Naming.FullName, quote: QuoteConsent.ByName))[0];
        var hidden = (await app.MembersAsync(community, 1, "Quill Hidden", naming: Naming.FullName, quote: QuoteConsent.NotQuoted))[0];
        var unnamed = (await app.MembersAsync(community, 1, "Nell Noname", naming: Naming.NotNamed, quote: QuoteConsent.ByName))[0];
        var byRole = (await app.MembersAsync(community, 1, "Sam Byrole", naming: Naming.FullName, quote: QuoteConsent.ByRole, jobRole: "Peer support worker"))[0];
        await app.ConnectedAsync(session, ConnectionSide.Member(byRole.Id), ConnectionSide.Member(named.Id), named.Id);
        await app.ConnectedAsync(session, ConnectionSide.Member(named.Id), ConnectionSide.Member(hidden.Id), named.Id, minutesAfter: 1);
        await app.ConnectedAsync(session, ConnectionSide.Member(hidden.Id), ConnectionSide.Member(unnamed.Id), named.Id, minutesAfter: 2);

        var briefing = (await app.DraftAsync(ReportKind.StaffBriefing, community, session))!;
        var summary = (await app.DraftAsync(ReportKind.SessionSummary, community, session))!;

        string[] linked =
        [
            "Peer support worker linked to Rosa Marsh",
            "Rosa Marsh linked to a member — Carers can shape the service",
            "two members linked — Carers can shape the service",
        ];
        Assert.Equal(linked.Select(l => $"Connection brokered: {l}"), briefing.Section("What is beginning to happen").Lines.Skip(1).Select(l => l.Text));
        Assert.Equal(linked.Select(l => char.ToUpperInvariant(l[0]) + l[1..]), summary.Section("Connections").Lines.Select(l => l.Text));
        foreach (var text in new[] { briefing.AllText(), summary.AllText() })
        {
            Assert.DoesNotContain("Quill", text);
            Assert.DoesNotContain("Nell", text);
            Assert.DoesNotContain("Sam", text);
        }
    }

    [Fact]
    public async Task Draft_WithNoRegisterThemesOrReflectionQuestion_ShowsGapsNotZeros()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var room = await app.RoomAsync(session);
        var coLead = (await app.MembersAsync(community, 1, "Nell Noname", CommunityRole.CoLead, Naming.NotNamed, QuoteConsent.ByName))[0];
        await app.PromptAsync(room, PromptKind.BestHopes, "What are your best hopes?", coLead.Id);

        var briefing = (await app.DraftAsync(ReportKind.StaffBriefing, community, session))!;

        Assert.Equal([true, true, false, true], briefing.Figures.Select(f => f.Gap));
        Assert.Equal(StaffBriefingDrafter.NotRecorded, briefing.Figures[0].Value);
        Assert.Contains("No register", briefing.Figures[0].Source);
        Assert.Contains("No reflection question", briefing.Figures[1].Source);
        Assert.Contains("put in a theme", briefing.Figures[3].Source);
        Assert.Equal("First Community of Practice Session", briefing.Title);
        var did = Assert.Single(briefing.Section("What we did").Lines).Text;
        Assert.Contains("Attendance was not recorded.", did);
        Assert.Contains("Co-led by a co-lead.", did);
        Assert.DoesNotContain("Nell", briefing.AllText());
    }

    [Fact]
    public async Task Draft_OfWhatIsNotThereToReportOn_IsNull()
    {
        var community = await app.CreateCommunityAsync();
        var other = await app.CreateCommunityAsync();
        var preparation = await app.CreateSessionAsync(community, app.Today.AddDays(-3), SessionKind.PreparationMeeting);
        var cancelled = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SessionStatus.Cancelled)));
        var elsewhere = await app.CreateSessionAsync(other, app.Today.AddDays(-7));

        foreach (var kind in await app.SessionReportKindsAsync())
        {
            Assert.Null(await app.DraftAsync(kind, community, preparation));
            Assert.Null(await app.DraftAsync(kind, community, cancelled));
            Assert.Null(await app.DraftAsync(kind, community, elsewhere));
            Assert.Null(await app.DraftAsync(kind, community));
        }
    }
}
