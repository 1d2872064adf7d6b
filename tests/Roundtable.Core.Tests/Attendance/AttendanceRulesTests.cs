using System.Text;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Attendance;

// What AttendanceRecords refuses, whoever asks (the register page, the API): any change while the
// session takes no attendance, and input with problems, each against its field.
public sealed class AttendanceRulesTests : IAsyncLifetime
{
    // The tests' "now" is midday today.
    private static readonly DateOnly Today = TestClock.Today;

    private const string Early = "Attendance can be recorded from the day of Session 1.";
    private const string Cancelled = "Session 1 was cancelled, so there is no attendance to record.";

    private readonly CommunityDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private AttendanceRecords Service() => new(database.NewContext(), database.Clock);

    private static AttendanceReport Report(string csv, DateOnly date) => AttendanceReport.Read(Encoding.UTF8.GetBytes(csv), date);

    private Task<List<UnmatchedAttendee>> UnmatchedAsync(Session session) =>
        database.NewContext().UnmatchedAttendees.AsNoTracking().Where(u => u.SessionId == session.Id).ToListAsync();

    private Task<int> CancelAsync(Session session) =>
        database.NewContext().Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SessionStatus.Cancelled));

    [Fact]
    public async Task Mark_BeforeTheSessionsDay_IsClosedAndMarksNobody()
    {
        var session = await database.SessionAsync(1, Today.AddDays(1));
        var ann = await database.JoinAsync("Ann Able");

        var marked = await Service().MarkAsync(session, new([ann.Id], [ann.Id], [], []), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Early), (marked.Change, marked.Refusal));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Mark_OnTheSessionsDayBeforeItStarts_IsOpen()
    {
        var session = await database.SessionAsync(1, Today);
        var ann = await database.JoinAsync("Ann Able");

        var marked = await Service().MarkAsync(session, new([ann.Id], [ann.Id], [], []), database.RecorderId);

        Assert.Equal((AttendanceChange.Done, 1), (marked.Change, marked.Added));
    }

    [Fact]
    public async Task Mark_UntickingSomeoneAtACancelledSession_TakesNobodyOff()
    {
        var session = await database.SessionAsync(1, Today.AddDays(-7));
        var ann = await database.JoinAsync("Ann Able");
        await Service().AddMemberAsync(session, new(ann.Id), database.RecorderId);
        await CancelAsync(session);

        var marked = await Service().MarkAsync(session, new([ann.Id], [], [], []), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Cancelled), (marked.Change, marked.Refusal));
        Assert.Single(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task AddMember_ToASessionCancelledAfterThePageWasLoaded_IsClosed()
    {
        var loaded = await database.SessionAsync(1, Today);
        var ann = await database.JoinAsync("Ann Able");
        await CancelAsync(loaded);

        var added = await Service().AddMemberAsync(loaded, new(ann.Id), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Cancelled), (added.Change, added.Refusal));
        Assert.Empty(await database.AttendanceAsync(loaded));
    }

    [Fact]
    public async Task AddGuest_BeforeTheSessionsDay_IsClosed()
    {
        var session = await database.SessionAsync(1, Today.AddDays(1));

        var added = await Service().AddGuestAsync(session, new("Gita Guest"), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Early), (added.Change, added.Refusal));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Import_BeforeTheSessionsDay_IsClosedAndListsNobody()
    {
        var date = Today.AddDays(1);
        var session = await database.SessionAsync(1, date);
        await database.JoinAsync("Ann Able", "ann@example.org");

        var imported = await Service().ImportAsync(session, Report("Name,Email\nAnn Able,ann@example.org\nStranger,\n", date), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Early, null), (imported.Change, imported.Refusal, imported.Summary));
        Assert.Empty(await database.AttendanceAsync(session));
        Assert.Empty(await UnmatchedAsync(session));
    }

    [Fact]
    public async Task Resolve_AfterTheSessionWasCancelled_IsClosedAndLeavesTheRowToResolve()
    {
        var session = await database.SessionAsync(1, Today);
        await Service().ImportAsync(session, Report("Name\nVal Visitor\n", Today), database.RecorderId);
        var row = Assert.Single(await UnmatchedAsync(session));
        await CancelAsync(session);

        var settled = await Service().ResolveAsync(session, new(row.Id, AttendanceRecords.Resolution.Guest), database.RecorderId);

        Assert.Equal((AttendanceChange.Closed, Cancelled), (settled.Change, settled.Refusal));
        Assert.Null(Assert.Single(await UnmatchedAsync(session)).ResolvedAt);
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddGuest_WithoutAName_IsAProblemWithTheName(string? name)
    {
        var session = await database.SessionAsync(1, Today);

        var added = await Service().AddGuestAsync(session, new(name), database.RecorderId);

        Assert.Equal(AttendanceChange.Invalid, added.Change);
        Assert.Equal(new Problem("GuestName", "Enter the guest's name"), Assert.Single(added.Problems));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task AddGuest_ANameTooLong_SaysHowLongItIs()
    {
        var session = await database.SessionAsync(1, Today);

        var added = await Service().AddGuestAsync(session, new(new string('G', Attendee.NameMaxLength + 1)), database.RecorderId);

        Assert.Equal(new Problem("GuestName", "The guest's name must be 120 characters or fewer (you have 121)"), Assert.Single(added.Problems));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task AddGuest_IsRecordedByTheNameTrimmed()
    {
        var session = await database.SessionAsync(1, Today);

        var added = await Service().AddGuestAsync(session, new("  Gita Guest "), database.RecorderId);

        Assert.Equal((AttendanceChange.Done, "Gita Guest"), (added.Change, added.Name));
        Assert.Equal("Gita Guest", Assert.Single(await database.AttendanceAsync(session)).GuestName);
    }

    [Fact]
    public async Task AddMember_ByEmail_FindsThemHoweverTheAddressIsWritten()
    {
        var session = await database.SessionAsync(1, Today);
        var ann = await database.JoinAsync("Ann Able", "ann@example.org");

        var added = await Service().AddMemberAsync(session, new(null, " ANN@Example.org"), database.RecorderId);

        // Named as she chose: by her first name, unless she says otherwise.
        Assert.Equal((AttendanceChange.Done, "Ann"), (added.Change, added.Name));
        Assert.Equal(ann.Id, Assert.Single(await database.AttendanceAsync(session)).PersonId);
    }

    [Fact]
    public async Task AddMember_ByAnEmailNoMemberHas_IsAProblemWithTheEmail()
    {
        var session = await database.SessionAsync(1, Today);

        var added = await Service().AddMemberAsync(session, new(null, "nobody@example.org"), database.RecorderId);

        Assert.Equal(new Problem("Email", "No member of this community has this email address"), Assert.Single(added.Problems));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task AddMember_WithoutSayingWho_IsAProblem()
    {
        var session = await database.SessionAsync(1, Today);

        var added = await Service().AddMemberAsync(session, new(null), database.RecorderId);

        Assert.Equal(new Problem("PersonId", "Choose the member who walked in"), Assert.Single(added.Problems));
    }

    [Fact]
    public async Task AddMember_SomeoneWhoHasLeft_IsAProblemWithWhoItIs()
    {
        var session = await database.SessionAsync(1, Today);
        var lee = await database.JoinAsync("Lee Left");
        await database.NewContext().Memberships.Where(m => m.PersonId == lee.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeftAt, database.Clock.GetUtcNow()));

        var added = await Service().AddMemberAsync(session, new(lee.Id), database.RecorderId);

        Assert.Equal(new Problem("PersonId", "They are not a member of this community now"), Assert.Single(added.Problems));
        Assert.Empty(await database.AttendanceAsync(session));
    }

    [Fact]
    public async Task Resolve_WithoutAResolution_IsAProblem()
    {
        var session = await database.SessionAsync(1, Today);

        var settled = await Service().ResolveAsync(session, new(Guid.NewGuid(), null), database.RecorderId);

        Assert.Equal(
            new Problem("Resolution", "Choose the member this is, or add them as a guest, or leave them out"),
            Assert.Single(settled.Problems));
    }

    [Fact]
    public async Task Resolve_AsAMemberWithoutSayingWho_IsAProblemAndLeavesTheRowToResolve()
    {
        var session = await database.SessionAsync(1, Today);
        await Service().ImportAsync(session, Report("Name\nJ. Doe\n", Today), database.RecorderId);
        var row = Assert.Single(await UnmatchedAsync(session));

        var settled = await Service().ResolveAsync(session, new(row.Id, AttendanceRecords.Resolution.Member), database.RecorderId);

        Assert.Equal(
            new Problem("PersonId", "Choose the member this is, or add them as a guest, or leave them out"),
            Assert.Single(settled.Problems));
        Assert.Null(Assert.Single(await UnmatchedAsync(session)).ResolvedAt);
    }

    [Fact]
    public async Task Resolve_ARowOfAnotherSession_IsNotFound()
    {
        var first = await database.SessionAsync(1, Today);
        var second = await database.SessionAsync(2, Today);
        await Service().ImportAsync(first, Report("Name\nVal Visitor\n", Today), database.RecorderId);
        var row = Assert.Single(await UnmatchedAsync(first));

        var settled = await Service().ResolveAsync(second, new(row.Id, AttendanceRecords.Resolution.Guest), database.RecorderId);

        Assert.Equal((AttendanceChange.NotFound, "Session 2 has no attendance report row with this id."), (settled.Change, settled.Refusal));
        Assert.Null(Assert.Single(await UnmatchedAsync(first)).ResolvedAt);
    }
}
