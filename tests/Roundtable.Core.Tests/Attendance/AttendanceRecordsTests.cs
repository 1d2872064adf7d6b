using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Attendance;

public sealed class AttendanceRecordsTests : IAsyncLifetime
{
    private static readonly DateOnly Date = new(2026, 6, 3);

    private readonly CommunityDatabase database = new();
    private Session session = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        session = await database.SessionAsync(1, Date);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private AttendanceRecords Service() => new(database.NewContext(), database.Clock);

    private static AttendanceReport Report(string csv) => AttendanceReport.Read(Encoding.UTF8.GetBytes(csv), Date);

    private async Task<AttendanceRecords.ImportSummary> ImportAsync(string csv) =>
        (await Service().ImportAsync(session, Report(csv), database.RecorderId)).Summary!;

    private static AttendanceRecords.Marks Marks(Guid[] shown, Guid[] present, Guid[]? shownGuests = null, Guid[]? keptGuests = null) =>
        new(shown, present, shownGuests ?? [], keptGuests ?? []);

    private static AttendanceRecords.Settle Settle(UnmatchedAttendee row, AttendanceRecords.Resolution how, Guid? personId = null) =>
        new(row.Id, how, personId);

    private Task<List<UnmatchedAttendee>> UnmatchedAsync() =>
        database.NewContext().UnmatchedAttendees.AsNoTracking().Where(u => u.SessionId == session.Id).ToListAsync();

    [Fact]
    public async Task Import_MatchesByEmailIgnoringCase()
    {
        var ann = await database.JoinAsync("Ann Able", "ann@example.org");

        var summary = await ImportAsync("Name,Email\nA. Able,ANN@Example.ORG\n");

        Assert.Equal((1, 1, 1), (summary.RowsRead, summary.MatchedByEmail, summary.Added));
        var came = Assert.Single(await database.AttendanceAsync(session));
        Assert.Equal((ann.Id, AttendanceSource.Imported, database.RecorderId), (came.PersonId, came.Source, came.RecordedById));
    }

    [Fact]
    public async Task Import_WithoutAKnownEmail_MatchesByAUniqueName()
    {
        var bea = await database.JoinAsync("Bea  Bright", "bea@work.example");

        var summary = await ImportAsync("Name,Email\nbea bright,bea.b@gmail.example\n");

        var match = Assert.Single(summary.MatchedByName);
        Assert.Equal(("bea bright", bea.Id), (match.InReport, match.PersonId));
        Assert.Equal(bea.Id, Assert.Single(await database.AttendanceAsync(session)).PersonId);
    }

    [Fact]
    public async Task Import_ANameInBrackets_IsTriedAsWell()
    {
        var jane = await database.JoinAsync("Jane Doe", "jane@example.org");
        var cal = await database.JoinAsync("Cal Calm", "cal@example.org");

        var summary = await ImportAsync("Name\nJD (Jane Doe)\nCal Calm (Guest)\n");

        Assert.Equal([jane.Id, cal.Id], summary.MatchedByName.Select(m => m.PersonId));
    }

    [Fact]
    public async Task Import_ARoleAfterAComma_MatchesTheNameBeforeIt()
    {
        var chris = await database.JoinAsync("Chris Bell", "chris@example.org");

        var summary = await ImportAsync("Name,Email\n\"Chris Bell, Peer Support Worker\",cb@gmail.example\n");

        var match = Assert.Single(summary.MatchedByName);
        Assert.Equal(("Chris Bell, Peer Support Worker", chris.Id), (match.InReport, match.PersonId));
    }

    // A row resolved once, for a session of this community, and the next session's report.
    private async Task<(Person Member, Session Next)> ResolvedOnceAsync(string csv, string name = "Dee Dawson")
    {
        var member = await database.JoinAsync(name, "dee@work.example");
        await ImportAsync(csv);
        var row = Assert.Single(await UnmatchedAsync());
        await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.Member, member.Id), database.RecorderId);
        return (member, await database.SessionAsync(2, Date));
    }

    private async Task<AttendanceRecords.ImportSummary> ImportIntoAsync(Session into, string csv) =>
        (await Service().ImportAsync(into, Report(csv), database.RecorderId)).Summary!;

    [Fact]
    public async Task Import_ARowResolvedForAnEarlierReport_IsMatchedAsChosenWithoutAsking()
    {
        const string csv = "Name,Email\nDD (phone),dd.home@gmail.example\n";
        var (dee, next) = await ResolvedOnceAsync(csv);

        var summary = await ImportIntoAsync(next, csv);

        var chosen = Assert.Single(summary.MatchedAsChosenBefore);
        Assert.Equal(("DD (phone)", dee.Id), (chosen.InReport, chosen.PersonId));
        Assert.Empty(summary.NotMatched);
        Assert.Equal(dee.Id, Assert.Single(await database.AttendanceAsync(next)).PersonId);
    }

    [Fact]
    public async Task Import_ChosenBeforeForAnotherCommunity_IsNotUsed()
    {
        const string csv = "Name\nDD on a laptop\n";
        await ResolvedOnceAsync(csv);
        var other = new Community { Slug = "elsewhere", Name = "Elsewhere", Purpose = "Other things.", Region = "Elsewhere" };
        database.Db.Communities.Add(other);
        await database.Db.SaveChangesAsync();
        await database.JoinAsync("Dee Dawson", "dee.other@example.org", community: other);
        var theirs = new Session { CommunityId = other.Id, Kind = SessionKind.Session, Number = 1, StartsAt = session.StartsAt, EndsAt = session.EndsAt };
        database.Db.Sessions.Add(theirs);
        await database.Db.SaveChangesAsync();

        var summary = await ImportIntoAsync(theirs, csv);

        Assert.Empty(summary.MatchedAsChosenBefore);
        Assert.Single(summary.NotMatched);
    }

    [Fact]
    public async Task Forget_AMatchChosenBefore_TakesThemOffListsTheRowAgainAndTheNextReportAsks()
    {
        const string csv = "Name\nDD on a laptop\n";
        var (_, next) = await ResolvedOnceAsync(csv);
        var chosen = Assert.Single((await ImportIntoAsync(next, csv)).MatchedAsChosenBefore);

        var forgotten = await Service().ForgetAsync(next, chosen.Remembered);
        var again = await Service().ForgetAsync(next, chosen.Remembered);

        Assert.Equal((AttendanceChange.Done, "DD on a laptop"), (forgotten.Change, forgotten.InReport));
        Assert.Equal(AttendanceChange.NotFound, again.Change);
        Assert.Empty(await database.AttendanceAsync(next));
        var listed = Assert.Single(await database.NewContext().UnmatchedAttendees.Where(u => u.SessionId == next.Id).ToListAsync());
        Assert.Equal(("DD on a laptop", null), (listed.Name, listed.ResolvedAt));
        var third = await database.SessionAsync(3, Date);
        Assert.Single((await ImportIntoAsync(third, csv)).NotMatched);
    }

    [Fact]
    public async Task Import_ChosenBeforeForSomeoneWhoHasLeft_AsksAgain()
    {
        const string csv = "Name\nDD on a laptop\n";
        var (dee, next) = await ResolvedOnceAsync(csv);
        var membership = await database.Db.Memberships.SingleAsync(m => m.PersonId == dee.Id);
        membership.LeftAt = database.Clock.GetUtcNow();
        await database.Db.SaveChangesAsync();

        var summary = await ImportIntoAsync(next, csv);

        Assert.Empty(summary.MatchedAsChosenBefore);
        Assert.Single(summary.NotMatched);
    }

    [Fact]
    public async Task Import_ANameTwoMembersShare_IsNotMatched()
    {
        await database.JoinAsync("Sam Smith", "sam1@example.org");
        await database.JoinAsync("Sam Smith", "sam2@example.org");

        var summary = await ImportAsync("Name\nSam Smith\n");

        var stranger = Assert.Single(summary.NotMatched);
        Assert.Equal("More than one member has this name", stranger.Reason);
        Assert.Empty(await database.AttendanceAsync(session));
        Assert.Single(await UnmatchedAsync());
    }

    [Fact]
    public async Task Import_PeopleNotInTheCommunity_AreListedToResolve()
    {
        var other = new Community { Slug = "other", Name = "Other", Purpose = "Other things.", Region = "Elsewhere" };
        database.Db.Communities.Add(other);
        await database.Db.SaveChangesAsync();
        await database.JoinAsync("Olu Other", "olu@example.org", community: other);
        var left = await database.JoinAsync("Lee Left", "lee@example.org");
        var membership = await database.Db.Memberships.SingleAsync(m => m.PersonId == left.Id);
        membership.LeftAt = database.Clock.GetUtcNow();
        await database.Db.SaveChangesAsync();

        var summary = await ImportAsync("Name,Email,Join Time\nOlu Other,olu@example.org,14:05\nLee Left,lee@example.org,14:10\nNew Person,,\n");

        Assert.Equal(["Olu Other", "Lee Left", "New Person"], summary.NotMatched.Select(n => n.Name));
        Assert.Empty(await database.AttendanceAsync(session));
        var listed = await UnmatchedAsync();
        Assert.Equal(3, listed.Count);
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 13, 5, 0, TimeSpan.Zero), listed.Single(u => u.Name == "Olu Other").JoinedAt);
        Assert.All(listed, u => Assert.Null(u.ResolvedAt));
    }

    [Fact]
    public async Task Import_DuplicatedRows_AreOneAttendanceFromTheEarliestJoinToTheLatestLeave()
    {
        var ann = await database.JoinAsync("Ann Able", "ann@example.org");

        var summary = await ImportAsync(
            "Name,Email,Join Time,Leave Time\n" +
            "Ann Able,ann@example.org,14:10,15:00\n" +
            "Ann Able,ann@example.org,13:58,14:05\n" +
            "Ann Able,ann@example.org,15:05,16:02\n" +
            "Stranger,stranger@example.org,14:00,15:00\n" +
            "Stranger,stranger@example.org,15:10,15:30\n");

        Assert.Equal((5, 1, 3, 1), (summary.RowsRead, summary.Added, summary.DuplicatesMerged, summary.NotMatched.Count));
        var came = Assert.Single(await database.AttendanceAsync(session));
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 12, 58, 0, TimeSpan.Zero), came.JoinedAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 15, 2, 0, TimeSpan.Zero), came.LeftAt);
        Assert.Equal(ann.Id, came.PersonId);
        var stranger = Assert.Single(await UnmatchedAsync());
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 14, 30, 0, TimeSpan.Zero), stranger.LeftAt);
    }

    [Fact]
    public async Task Import_ARowWithOnlyALongEmailAddress_KeepsTheAddressWholeAndANameThatFits()
    {
        var email = $"someone@{new string('a', 60)}.{new string('b', 60)}.{new string('c', 60)}.{new string('d', 30)}.example";
        Assert.True(email.Length is > UnmatchedAttendee.NameMaxLength and <= 254);

        var summary = await ImportAsync($"Name,Email\n,{email}\n");

        Assert.Single(summary.NotMatched);
        var row = Assert.Single(await UnmatchedAsync());
        Assert.Equal(email, row.Email);
        Assert.Equal(email[..UnmatchedAttendee.NameMaxLength], row.Name);
    }

    [Fact]
    public async Task Import_TheSameReportTwice_AddsNothingTheSecondTime()
    {
        await database.JoinAsync("Ann Able", "ann@example.org");
        const string csv = "Name,Email\nAnn Able,ann@example.org\nStranger,stranger@example.org\n";
        await ImportAsync(csv);

        var again = await ImportAsync(csv);

        Assert.Equal((0, 1, 0, 1), (again.Added, again.AlreadyPresent, again.NotMatched.Count, again.AlreadyListed));
        Assert.Single(await database.AttendanceAsync(session));
        Assert.Single(await UnmatchedAsync());
    }

    [Fact]
    public async Task Import_SomeoneAlreadyMarkedInTheRoom_KeepsTheirMark()
    {
        var ann = await database.JoinAsync("Ann Able", "ann@example.org");
        await Service().AddMemberAsync(session, new(ann.Id), database.RecorderId);

        var summary = await ImportAsync("Email\nann@example.org\n");

        Assert.Equal((0, 1), (summary.Added, summary.AlreadyPresent));
        Assert.Equal(AttendanceSource.Marked, Assert.Single(await database.AttendanceAsync(session)).Source);
    }

    [Fact]
    public async Task Import_AReportThatCannotBeRead_IsAProblemWithTheReportAndImportsNothing()
    {
        var report = Report("Topic\nSession 3\n");

        var imported = await Service().ImportAsync(session, report, database.RecorderId);

        Assert.Equal(AttendanceChange.Invalid, imported.Change);
        Assert.Equal(new Problem(AttendanceRecords.ReportField, report.Problem!), Assert.Single(imported.Problems));
        Assert.Empty(await database.AttendanceAsync(session));
        Assert.Empty(await UnmatchedAsync());
    }

    [Fact]
    public async Task Import_WhenSavingFails_LeavesNothingHalfImported()
    {
        await database.JoinAsync("Ann Able", "ann@example.org");
        // The save fails part way: writing the rows that matched nobody fails.
        var records = new AttendanceRecords(database.NewContext(new FailingWrites("UnmatchedAttendees")), database.Clock);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            records.ImportAsync(session, Report("Name,Email\nAnn Able,ann@example.org\nStranger,\n"), database.RecorderId));

        var context = database.NewContext();
        Assert.False(await context.Attendance.AnyAsync());
        Assert.False(await context.UnmatchedAttendees.AnyAsync());
    }

    [Fact]
    public async Task Mark_SetsExactlyWhoWasTickedAmongThoseShown()
    {
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        var cal = await database.JoinAsync("Cal Calm");
        await ImportAsync($"Email\n{bea.Email}\n{cal.Email}\n");
        // Marked by another facilitator after this one opened the page: not shown to them.
        var late = await database.JoinAsync("Dee Late");
        await Service().AddMemberAsync(session, new(late.Id), database.RecorderId);

        var marked = await Service().MarkAsync(session, Marks([ann.Id, bea.Id, cal.Id], [ann.Id, bea.Id]), database.RecorderId);

        Assert.Equal((1, 1), (marked.Added, marked.Removed));
        var came = await database.AttendanceAsync(session);
        Assert.Equal(new[] { ann.Id, bea.Id, late.Id }.Order(), came.Select(a => a.PersonId!.Value).Order());
        Assert.Equal(AttendanceSource.Imported, came.Single(a => a.PersonId == bea.Id).Source);
    }

    [Fact]
    public async Task Mark_TheSameTwice_ChangesNothingTheSecondTime()
    {
        var ann = await database.JoinAsync("Ann Able");
        await Service().MarkAsync(session, Marks([ann.Id], [ann.Id]), database.RecorderId);

        var again = await Service().MarkAsync(session, Marks([ann.Id], [ann.Id]), database.RecorderId);

        Assert.Equal((AttendanceChange.Unchanged, 0, 0), (again.Change, again.Added, again.Removed));
        Assert.Single(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Mark_SomeoneNotAMemberHere_IsIgnored()
    {
        var other = new Community { Slug = "other", Name = "Other", Purpose = "Other things.", Region = "Elsewhere" };
        database.Db.Communities.Add(other);
        await database.Db.SaveChangesAsync();
        var outsider = await database.JoinAsync("Olu Other", community: other);

        var marked = await Service().MarkAsync(session, Marks([outsider.Id], [outsider.Id]), database.RecorderId);

        Assert.Equal(0, marked.Added);
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Mark_AnUntickedGuest_IsTakenOff()
    {
        await Service().AddGuestAsync(session, new("Val Visitor"), database.RecorderId);
        await Service().AddGuestAsync(session, new("Wyn Walk-in"), database.RecorderId);
        var guests = await database.AttendanceAsync(session);
        var val = guests.Single(g => g.GuestName == "Val Visitor").Id;

        await Service().MarkAsync(session, Marks([], [], [.. guests.Select(g => g.Id)], [val]), database.RecorderId);

        Assert.Equal("Val Visitor", Assert.Single(await database.AttendanceAsync(session)).GuestName);
    }

    [Fact]
    public async Task AddGuest_TheSameNameTwice_IsOneGuest()
    {
        var first = await Service().AddGuestAsync(session, new("Val Visitor"), database.RecorderId);

        var second = await Service().AddGuestAsync(session, new(" val  visitor "), database.RecorderId);

        Assert.Equal((AttendanceChange.Done, AttendanceChange.Unchanged), (first.Change, second.Change));
        Assert.Single(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task AddMember_AtOnceTwice_IsOneAttendance()
    {
        var ann = await database.JoinAsync("Ann Able");

        await AtOnce.Run(2, _ => Service().AddMemberAsync(session, new(ann.Id), database.RecorderId));

        Assert.Single(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Resolve_AsAMember_MarksThemWithTheReportsTimesOnce()
    {
        var ann = await database.JoinAsync("Ann Able", "ann@work.example");
        await ImportAsync("Name,Email,Join Time,Leave Time\nAnnie,annie@home.example,14:02,15:58\n");
        var row = Assert.Single(await UnmatchedAsync());

        var first = await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.Member, ann.Id), database.RecorderId);
        var second = await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.Guest), database.RecorderId);

        Assert.Equal((AttendanceChange.Done, "Ann", AttendanceChange.Unchanged), (first.Change, first.Member, second.Change));
        var came = Assert.Single(await database.AttendanceAsync(session));
        Assert.Equal((ann.Id, new DateTimeOffset(2026, 6, 3, 13, 2, 0, TimeSpan.Zero)), (came.PersonId!.Value, came.JoinedAt!.Value));
        Assert.Equal(AttendanceRecords.ResolvedAsMember, Assert.Single(await UnmatchedAsync()).Resolution);
    }

    [Fact]
    public async Task Resolve_AsAGuest_CountsThemAsAGuest()
    {
        await ImportAsync("Name\nVal Visitor\n");
        var row = Assert.Single(await UnmatchedAsync());

        await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.Guest), database.RecorderId);

        Assert.Equal("Val Visitor", Assert.Single(await database.AttendanceAsync(session)).GuestName);
        Assert.Equal(AttendanceRecords.ResolvedAsGuest, Assert.Single(await UnmatchedAsync()).Resolution);
    }

    [Fact]
    public async Task Resolve_LeaveOut_CountsNobody()
    {
        await ImportAsync("Name\nA phone number\n");
        var row = Assert.Single(await UnmatchedAsync());

        await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.LeaveOut), database.RecorderId);

        Assert.Empty(await database.AttendanceAsync(session));
        Assert.Equal(AttendanceRecords.ResolvedAsLeftOut, Assert.Single(await UnmatchedAsync()).Resolution);
    }

    [Fact]
    public async Task Resolve_AsSomeoneNotAMember_ChangesNothing()
    {
        await ImportAsync("Name\nVal Visitor\n");
        var row = Assert.Single(await UnmatchedAsync());

        var result = await Service().ResolveAsync(session, Settle(row, AttendanceRecords.Resolution.Member, Guid.NewGuid()), database.RecorderId);

        Assert.Equal(AttendanceChange.Invalid, result.Change);
        Assert.Equal(new Problem("PersonId", "They are not a member of this community now"), Assert.Single(result.Problems));
        Assert.Null(Assert.Single(await UnmatchedAsync()).ResolvedAt);
    }

    // Fails any command that writes to the table, as a database that has gone away part way would.
    private sealed class FailingWrites(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Writes(command) ? throw new DbUpdateException($"Writing to {table} failed.") : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Writes(command) ? throw new DbUpdateException($"Writing to {table} failed.") : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        private bool Writes(DbCommand command) => command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal);
    }
}
