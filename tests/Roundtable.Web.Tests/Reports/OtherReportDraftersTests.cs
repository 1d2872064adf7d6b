using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.ChatImports;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Drafting;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Reports;

// The session summary, chat overview, series report and photo page, each on a small fixture whose
// numbers are known, naming nobody beyond their consent.
public class OtherReportDraftersTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task SessionSummary_IsTheFullerRecordWithConsentedQuotesAndSharedNextActionsOnly()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var byName = (await app.MembersAsync(community, 1, "Vera Named", naming: Naming.FullName, quote: QuoteConsent.ByName))[0];
        var notQuoted = (await app.MembersAsync(community, 1, "Otto Private", naming: Naming.FullName))[0];
        var members = await app.MembersAsync(community, 2, "Summary Member");
        await app.CameAsync(session, [byName, notQuoted, .. members], guests: 1);
        await app.WithDbAsync(db =>
        {
            db.RunningOrderItems.Add(new RunningOrderItem { SessionId = session.Id, Position = 1, Title = "Welcome", Minutes = 10 });
            db.RunningOrderItems.Add(new RunningOrderItem { SessionId = session.Id, Position = 2, Title = "A case study", Minutes = 5, Kind = RunningOrderItemKind.Presentation, Presenter = "Priya Presenter" });
            var groups = new[] { new BreakoutGroup { SessionId = session.Id, Number = 1 }, new BreakoutGroup { SessionId = session.Id, Number = 2 } };
            db.BreakoutGroups.AddRange(groups);
            db.BreakoutMembers.AddRange(
                new BreakoutMember { GroupId = groups[0].Id, PersonId = byName.Id, SessionId = session.Id },
                new BreakoutMember { GroupId = groups[0].Id, PersonId = notQuoted.Id, SessionId = session.Id },
                new BreakoutMember { GroupId = groups[1].Id, PersonId = members[0].Id, SessionId = session.Id });
            return db.SaveChangesAsync();
        });
        var room = await app.RoomAsync(session);
        var prompt = await app.PromptAsync(room, PromptKind.GoneWell, "What has gone well?", byName.Id);
        var said = await app.SaidAsync(room, [("The peer network is growing", byName.Id), ("Otto's private thought", notQuoted.Id)], prompt);
        await app.ReactedAsync(room, said, 3);
        await app.ThemeAsync(community, "Peer networks", "People want to meet between sessions", byName.Id, [said[1]], said[0]);
        await app.ThemeAsync(community, "Quiet voices", null, byName.Id, [said[0]], said[1]);
        await app.WithDbAsync(db =>
        {
            db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, PersonId = byName.Id, NextAction = "Start a peer walk", NextActionShared = true, AnsweredAt = session.EndsAt, UpdatedAt = session.EndsAt });
            db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, PersonId = notQuoted.Id, NextAction = "My private plan", AnsweredAt = session.EndsAt, UpdatedAt = session.EndsAt });
            return db.SaveChangesAsync();
        });

        var summary = (await app.DraftAsync(ReportKind.SessionSummary, community, session))!;

        Assert.Equal("Session 1 summary", summary.Title);
        Assert.Equal(("5", "attended"), (summary.Figures[0].Value, summary.Figures[0].Label));
        Assert.Equal(("2 of 2", "respondents named a next action"), (summary.Figures[3].Value, summary.Figures[3].Label));
        Assert.Equal("5 attended: 4 members (4 new, 0 returning) and 1 guest.", summary.Section("Attendance").Lines[0].Text);
        Assert.Equal(["Welcome (10 min)", "A case study (5 min, a presentation)"], summary.Section("Running order").Lines.Select(l => l.Text));
        var heard = summary.Section("What we heard").Lines;
        Assert.Equal(["Peer networks", "Quiet voices"], heard.Select(l => l.Lead));
        Assert.Contains("‘The peer network is growing’ (Vera Named)", heard[0].Text);
        Assert.Equal("2 contributions, new.", heard[1].Text);
        var question = Assert.Single(summary.Section("What each question drew").Lines);
        Assert.Equal(("“What has gone well?”", "2 answers and 3 reactions"), (question.Lead, question.Text));
        Assert.Equal("Two breakout groups of 2 and 1 people.", Assert.Single(summary.Section("Breakout groups").Lines).Text);
        Assert.Equal(["2 of 2 respondents named a next action. Those shared with the community:", "Start a peer walk"], summary.Section("Next actions").Lines.Select(l => l.Text));
        var text = summary.AllText();
        Assert.DoesNotContain("Otto", text);
        Assert.DoesNotContain("Priya", text);
        Assert.DoesNotContain("My private plan", text);
    }

    [Fact]
    public async Task ChatOverview_FindsThemesLinksOffersAndDatesInTheImportedChat()
    {
        var community = await app.CreateCommunityAsync(name: "Peer Support Space");
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var coLead = (await app.MembersAsync(community, 1, "Fran Lead", CommunityRole.CoLead))[0];
        await app.MembersAsync(community, 1, "Quinn Quiet");
        Assert.Null(await app.DraftAsync(ReportKind.ChatOverview, community, session));
        var next = app.Today.AddDays(100);
        var chat =
            "[14:02] Quinn Quiet\nHappy to share our evaluation report, email quinn\n" +
            "[14:05] Kit Stranger\nPeer leadership tool: https://example.org/peer-tool\n" +
            $"[14:10] Fran Lead\nFuture sessions:\n{TestClock.LongDate(next)}, 2pm – 4pm\n" +
            "[14:21] Kit Stranger\nI am starting a peer educator network, get in touch\n";
        var imported = await app.UseAsync<ImportedChats, ImportedChats.Imported>(i => i.ImportAsync(session, new(ContributionSource.Chat, chat), Guid.NewGuid(), coLead.Id));
        var messages = await app.WithDbAsync(db => db.Contributions.AsNoTracking().Where(c => c.ImportId == imported.Import!.Id).OrderBy(c => c.Sequence).ToListAsync());
        await app.ThemeAsync(community, "Peer leadership", "Tools for leading as a peer", coLead.Id, [messages[1], messages[3]]);

        var overview = (await app.DraftAsync(ReportKind.ChatOverview, community, session))!;

        Assert.Equal("Peer Support Space: Meeting Chat Overview", overview.Title);
        Assert.Equal($"Meeting chat overview · {TestClock.LongDate(app.Today.AddDays(-7))} · 14:00 – 16:00 | MS Teams", overview.TitleLine);
        Assert.Equal(["4", "1", "1"], overview.Figures.Select(f => f.Value));
        var theme = Assert.Single(overview.Section("Themes in the chat").Lines);
        Assert.Equal(("Peer leadership", "Tools for leading as a peer 2 messages in the chat."), (theme.Lead, theme.Text));
        Assert.Contains(overview.Section("Sharing resources and opportunities").Lines, l => l.Text == "https://example.org/peer-tool");
        Assert.Equal(["‘I am starting a peer educator network, get in touch’"], overview.Section("Offers to collaborate").Lines.Select(l => l.Text));
        Assert.Equal([$"{TestClock.LongDate(next)}, 14:00 to 16:00"], overview.Section("Dates announced").Lines.Select(l => l.Text));
        Assert.DoesNotContain("Quinn", overview.AllText());
    }

    [Fact]
    public async Task SeriesReport_CountsWhoTookPartWithoutNamingAndLeavesTheIntroductionToTheChair()
    {
        var community = await app.CreateCommunityAsync();
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(-70), topic: "Getting started");
        var second = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var autistic = await app.MembersAsync(community, 3, "Series Autistic");
        var health = (await app.MembersAsync(community, 1, "Hana Health", CommunityRole.CoLead))[0];
        await app.WithDbAsync(async db =>
        {
            var options = new[]
            {
                new IdentityOption { CommunityId = community.Id, Name = "Autistic person (test)", Kind = IdentityKind.LivedExperience, Position = 100 },
                new IdentityOption { CommunityId = community.Id, Name = "Health (test)", Kind = IdentityKind.Staff, Position = 101 },
            };
            db.IdentityOptions.AddRange(options);
            var memberships = await db.Memberships.Where(m => m.CommunityId == community.Id).ToListAsync();
            db.MemberIdentities.AddRange(autistic.Select(p => new MemberIdentity { MembershipId = memberships.Single(m => m.PersonId == p.Id).Id, IdentityOptionId = options[0].Id }));
            db.MemberIdentities.Add(new MemberIdentity { MembershipId = memberships.Single(m => m.PersonId == health.Id).Id, IdentityOptionId = options[1].Id });
            return await db.SaveChangesAsync();
        });
        await app.CameAsync(first, [.. autistic, health]);
        await app.CameAsync(second, autistic.Take(2));
        var said = await app.SaidAsync(await app.RoomAsync(first), [("We need a directory", autistic[0].Id)]);
        var saidAgain = await app.SaidAsync(await app.RoomAsync(second), [("The directory again", autistic[1].Id)]);
        await app.ThemeAsync(community, "System mapping", "A shared picture of services", health.Id, [said[0], saidAgain[0]]);

        var report = (await app.DraftAsync(ReportKind.SeriesReport, community, second, first))!;

        Assert.Equal(["2", "4", "1", "0"], report.Figures.Select(f => f.Value));
        var intro = Assert.Single(report.Section("Introduction from the chair").Lines);
        Assert.Equal(SeriesReportDrafter.ChairWrites, intro.Text);
        Assert.Contains("chair", intro.Source);
        Assert.Equal("Getting started. Themes heard: System mapping.", report.Section("Topics").Lines[0].Text);
        var who = report.Section("Who took part").Lines;
        Assert.Equal("3", who.Single(l => l.Lead == "Autistic person (test)").Text);
        Assert.Equal(SharedCounts.FewerThanSmallest, who.Single(l => l.Lead == "Health (test)").Text);
        Assert.Equal("System mapping", Assert.Single(report.Section("Recommendations").Lines).Lead);
        Assert.Equal(["4 attended", "2 attended"], report.Section("Attendance").Lines.Select(l => l.Text));
        Assert.DoesNotContain("Hana", report.AllText());
        Assert.DoesNotContain("Series Autistic", report.AllText());
        Assert.Null(await app.DraftAsync(ReportKind.SeriesReport, community));
        Assert.Null(await app.DraftAsync(ReportKind.SeriesReport, community, first, await app.CreateSessionAsync(community, app.Today.AddDays(-1), SessionKind.PreparationMeeting)));
    }

    [Fact]
    public async Task PhotoPage_SharesOnlyPhotosWhoseAuthorConsentedOrIsAGuest()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var consented = (await app.MembersAsync(community, 1, "Pia Photos", photoConsent: true))[0];
        var refused = (await app.MembersAsync(community, 1, "Rex Refuses"))[0];
        var room = await app.RoomAsync(session);
        var photos = await app.SaidAsync(room, [("", consented.Id), ("", refused.Id), ("", null)], kind: ContributionKind.Photo);
        await app.WithDbAsync(db =>
        {
            db.ContributionPhotos.AddRange(photos.Select((c, i) => new ContributionPhoto
            {
                ContributionId = c.Id, Bytes = [1, 2, 3], ContentType = "image/png", Description = $"Flipchart {i + 1}: what good looks like",
            }));
            return db.SaveChangesAsync();
        });

        var page = (await app.DraftAsync(ReportKind.PhotoPage, community, session))!;

        var lines = Assert.Single(page.Sections).Lines;
        Assert.Equal(["Flipchart 1: what good looks like", "Flipchart 3: what good looks like"], lines.Select(l => l.Text));
        Assert.Equal([photos[0].Id, photos[2].Id], lines.Select(l => l.PhotoId));
    }

    [Fact]
    public async Task PhotoPage_AsWord_HoldsThePhotosItShares()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var coLead = (await app.MembersAsync(community, 1, "Cora Lead", CommunityRole.CoLead, photoConsent: true))[0];
        var refused = (await app.MembersAsync(community, 1, "Rex Refuses"))[0];
        var room = await app.RoomAsync(session);
        var photos = await app.SaidAsync(room, [("", coLead.Id), ("", refused.Id)], kind: ContributionKind.Photo);
        await app.WithDbAsync(db =>
        {
            db.ContributionPhotos.AddRange(photos.Select((c, i) => new ContributionPhoto
            {
                ContributionId = c.Id, Bytes = TestPhotos.PngAsKept, ContentType = "image/png", Description = $"Flipchart {i + 1}",
            }));
            return db.SaveChangesAsync();
        });

        byte[] word = [];
        await app.WithScopeAsync(async services =>
        {
            var reports = services.GetRequiredService<CommunityReports>();
            var by = new ReportReader(coLead.Id, CommunityRole.CoLead, false);
            var drafted = await reports.DraftAsync(community.Id, ReportKind.PhotoPage, [session.Id], by, Guid.NewGuid());
            var report = (await reports.FindAsync(community.Id, drafted.Report!.Id, by))!;
            word = await reports.WordAsync(report, report.Versions[^1]);
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(word), isEditable: false);
        var picture = Assert.Single(document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.Equal("Flipchart 1", picture.Description!.Value);
        Assert.Single(document.MainDocumentPart.ImageParts);
    }
}
