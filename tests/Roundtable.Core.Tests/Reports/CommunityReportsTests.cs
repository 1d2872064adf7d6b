using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Sharing;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Tests.Reports;

// Keeping reports against a real database: drafting through the kind's drafter, versions, the
// publish freeze, one version per submission, two editors at once, the safe-to-share check with
// consent as it is at publishing, and who reads what.
public sealed class CommunityReportsTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private ReportReader coLead = null!;
    private Membership named = null!;
    private Session session = null!;

    // Test-only: stands in for the real drafters (Reports/Drafting), so these tests are about keeping reports.
    private sealed class HandMadeDrafter(ReportDocument document) : IReportDrafter
    {
        public ReportKind Kind => ReportKind.StaffBriefing;

        public Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken) => Task.FromResult<ReportDocument?>(document);
    }

    private static readonly ReportDocument Drafted = new(
        ReportKind.StaffBriefing, "Second Community of Practice Session", "Staff briefing · 3 June 2026 · Harbour CoP",
        [new ReportFigure("43", "attended (holding from Session 1)", "The register for session 2: 43 present.")],
        [
            new ReportSection("What we did", [new ReportLine("Second session. Co-led by Nia Okafor.")]),
            new ReportSection("What we heard", [new ReportLine("Not a quiet aside.", ReportLineStyle.Bullet, "Intersectionality named [new]")]),
        ]);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var person = await database.JoinAsync("Cai Colead", role: CommunityRole.CoLead);
        coLead = new ReportReader(person.Id, CommunityRole.CoLead, false);
        named = await database.MembershipAsync("Nia Okafor");
        named.QuoteConsent = QuoteConsent.ByName;
        named.Naming = Naming.FullName;
        await database.Db.SaveChangesAsync();
        session = await database.SessionAsync(2, UkTimeZone.Today(database.Clock).AddDays(-1));
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private CommunityReports Reports(ReportDocument? drafted = null) =>
        new(database.NewContext(), database.Clock, [new HandMadeDrafter(drafted ?? Drafted)]);

    private async Task<Report> DraftAsync()
    {
        var result = await Reports().DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [session.Id], coLead, Guid.NewGuid());
        Assert.Equal(CommunityReports.Outcome.Saved, result.Outcome);
        return result.Report!;
    }

    private static CommunityReports.Edit Editing(ReportDocument document, int seen, string? whatWeDid = null, string? figure = null) => new(
        document.Title, document.TitleLine,
        document.Figures.Select(f => new CommunityReports.FigureEdit(figure ?? f.Value, f.Label)).ToList(),
        document.Sections.Select((s, i) => new CommunityReports.SectionEdit(
            s.Lines.Select(l => new CommunityReports.LineEdit(l.Lead, i == 0 && whatWeDid is not null ? whatWeDid : l.Text)).ToList())).ToList(),
        seen, Guid.NewGuid());

    private async Task<List<ReportVersion>> VersionsAsync(Guid reportId) =>
        await database.NewContext().ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number).ToListAsync();

    [Fact]
    public async Task Draft_PreparationMeetingOrNothingChosen_RefusedWithTheReason()
    {
        var preparation = await database.SessionAsync(1, UkTimeZone.Today(database.Clock).AddDays(-3), kind: SessionKind.PreparationMeeting);

        var ofPreparation = await Reports().DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [preparation.Id], coLead, Guid.NewGuid());
        var ofNothing = await Reports().DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [], coLead, Guid.NewGuid());
        var byMember = await Reports().DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [session.Id], new ReportReader(named.PersonId, CommunityRole.Member, false), Guid.NewGuid());

        Assert.Equal([new Problem("SessionIds", "Reports are never made of preparation meetings: choose sessions")], ofPreparation.Problems);
        Assert.Equal([new Problem("SessionIds", "Choose the session to report on")], ofNothing.Problems);
        Assert.Equal(CommunityReports.Outcome.NotAllowed, byMember.Outcome);
        Assert.Empty(await database.NewContext().Reports.ToListAsync());
    }

    [Fact]
    public async Task Draft_SentTwiceAtOnce_MakesOneReport()
    {
        var key = Guid.NewGuid();

        var results = await AtOnce.Run(2, _ => Reports().DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [session.Id], coLead, key));

        Assert.Equal([CommunityReports.Outcome.Saved, CommunityReports.Outcome.Unchanged], results.Select(r => r.Outcome).Order());
        Assert.Single(await database.NewContext().Reports.ToListAsync());
    }

    [Fact]
    public async Task Edit_WordsAndAFigure_NewDraftVersionWhoseSourceSaysItWasEdited()
    {
        var report = await DraftAsync();

        var result = await Reports().EditAsync(database.Community.Id, report.Id, Editing(Drafted, 1, whatWeDid: "Second session, co-led by the co-leads.", figure: "44"), coLead);

        Assert.Equal((CommunityReports.Outcome.Saved, 2), (result.Outcome, result.Version!.Number));
        var saved = CommunityReports.DocumentOf((await VersionsAsync(report.Id))[1]);
        Assert.Equal("Second session, co-led by the co-leads.", saved.Sections[0].Lines[0].Text);
        Assert.Equal("44", saved.Figures[0].Value);
        Assert.Equal($"The register for session 2: 43 present. Edited by a co-lead on {SessionWords.ShortDate(database.Clock.GetUtcNow())}: the data said “43”.", saved.Figures[0].Source);
        Assert.Equal(Drafted, CommunityReports.DocumentOf((await VersionsAsync(report.Id))[0]), new DocumentWords());
    }

    [Fact]
    public async Task Edit_SentTwice_OneVersion_AndASecondEditorWhoSawTheOldVersionIsTold()
    {
        var report = await DraftAsync();
        var first = Editing(Drafted, 1, whatWeDid: "First editor's words.");

        var once = await Reports().EditAsync(database.Community.Id, report.Id, first, coLead);
        var again = await Reports().EditAsync(database.Community.Id, report.Id, first, coLead);
        var second = await Reports().EditAsync(database.Community.Id, report.Id, Editing(Drafted, 1, whatWeDid: "Second editor's words."), coLead);

        Assert.Equal((CommunityReports.Outcome.Saved, CommunityReports.Outcome.Unchanged), (once.Outcome, again.Outcome));
        Assert.Equal((CommunityReports.Outcome.ChangedMeanwhile, 2), (second.Outcome, second.Version!.Number));
        Assert.Equal([1, 2], (await VersionsAsync(report.Id)).Select(v => v.Number));
    }

    [Fact]
    public async Task Edit_BlankTitleLine_RefusedBesideTheField()
    {
        var report = await DraftAsync();

        var result = await Reports().EditAsync(database.Community.Id, report.Id, Editing(Drafted, 1) with { TitleLine = " " }, coLead);

        Assert.Equal([new Problem("TitleLine", "Enter the title line")], result.Problems);
        Assert.Single(await VersionsAsync(report.Id));
    }

    [Fact]
    public async Task Publish_NameFound_BlockedUntilConfirmed_ThenFrozen_AndEditingStartsANewDraft()
    {
        var report = await DraftAsync();

        var blocked = await Reports().PublishAsync(database.Community.Id, report.Id, 1, [], coLead);
        var published = await Reports().PublishAsync(database.Community.Id, report.Id, 1, ["Nia Okafor"], coLead);
        var edited = await Reports().EditAsync(database.Community.Id, report.Id, Editing(Drafted, 1, whatWeDid: "Changed after publishing."), coLead);

        Assert.Equal(CommunityReports.Outcome.Blocked, blocked.Outcome);
        Assert.Equal(("Nia Okafor", "line-0-0", true), (blocked.Findings!.Single().Person, blocked.Findings!.Single().Where.Key, blocked.Findings!.Single().MayConfirm));
        Assert.Equal(CommunityReports.Outcome.Saved, published.Outcome);
        Assert.Equal(CommunityReports.Outcome.Saved, edited.Outcome);
        var versions = await VersionsAsync(report.Id);
        Assert.Equal(database.Clock.GetUtcNow(), versions[0].PublishedAt);
        Assert.Equal(["nia okafor"], versions[0].NotAbout);
        Assert.Equal(Drafted, CommunityReports.DocumentOf(versions[0]), new DocumentWords());
        Assert.Null(versions[1].PublishedAt);
    }

    [Fact]
    public async Task Publish_ConsentWithdrawnAfterDrafting_CannotBeWavedThrough()
    {
        var report = await DraftAsync();
        await database.NewContext().Memberships.Where(m => m.Id == named.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.QuoteConsent, QuoteConsent.NotQuoted));

        var result = await Reports().PublishAsync(database.Community.Id, report.Id, 1, ["Nia Okafor"], coLead);

        Assert.Equal(CommunityReports.Outcome.Blocked, result.Outcome);
        Assert.False(result.Findings!.Single().MayConfirm);
        Assert.Null((await VersionsAsync(report.Id))[0].PublishedAt);
    }

    [Fact]
    public async Task Publish_EmailAddress_BlockedUntilEditedOut()
    {
        var withEmail = Drafted with { Sections = [new ReportSection("What we did", [new ReportLine("Write to hello@harbour.example.org")])] };
        var report = (await Reports(withEmail).DraftAsync(database.Community.Id, ReportKind.StaffBriefing, [session.Id], coLead, Guid.NewGuid())).Report!;

        var blocked = await Reports().PublishAsync(database.Community.Id, report.Id, 1, ["hello@harbour.example.org"], coLead);
        await Reports().EditAsync(database.Community.Id, report.Id, Editing(withEmail, 1, whatWeDid: "Write to the co-leads."), coLead);
        var published = await Reports().PublishAsync(database.Community.Id, report.Id, 2, [], coLead);

        Assert.Equal((FindingKind.EmailAddress, CommunityReports.Outcome.Blocked), (blocked.Findings!.Single().Kind, blocked.Outcome));
        Assert.Equal(CommunityReports.Outcome.Saved, published.Outcome);
    }

    [Fact]
    public async Task Find_DraftsOnlyForWriters_PublishedForMembers_PublicForAnyone()
    {
        var report = await DraftAsync();
        var member = new ReportReader(named.PersonId, CommunityRole.Member, false);

        var memberBefore = await Reports().FindAsync(database.Community.Id, report.Id, member);
        await Reports().PublishAsync(database.Community.Id, report.Id, 1, ["Nia Okafor"], coLead);
        await Reports().EditAsync(database.Community.Id, report.Id, Editing(Drafted, 1, whatWeDid: "A newer draft."), coLead);
        var memberAfter = await Reports().FindAsync(database.Community.Id, report.Id, member);
        var anyoneBefore = await Reports().FindAsync(database.Community.Id, report.Id, ReportReader.Anyone);
        await Reports().SetPublicAsync(database.Community.Id, report.Id, true, coLead);
        var anyoneAfter = await Reports().FindAsync(database.Community.Id, report.Id, ReportReader.Anyone);

        Assert.Null(memberBefore);
        Assert.Equal([1], memberAfter!.Versions.Select(v => v.Number));
        Assert.Null(anyoneBefore);
        Assert.Equal([1], anyoneAfter!.Versions.Select(v => v.Number));
        Assert.Equal([1, 2], (await Reports().FindAsync(database.Community.Id, report.Id, coLead))!.Versions.Select(v => v.Number));
    }

    // Records holding lists compare by reference; this compares what they say.
    private sealed class DocumentWords : IEqualityComparer<ReportDocument>
    {
        public bool Equals(ReportDocument? x, ReportDocument? y) => ReportJson.Write(x!) == ReportJson.Write(y!);

        public int GetHashCode(ReportDocument obj) => ReportJson.Write(obj).GetHashCode(StringComparison.Ordinal);
    }
}
