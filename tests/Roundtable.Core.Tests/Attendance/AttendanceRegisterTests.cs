using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Attendance;

// What the register shows, for the page and the API alike.
public sealed class AttendanceRegisterTests : IAsyncLifetime
{
    private static readonly DateOnly Date = new(2026, 11, 21);

    private readonly CommunityDatabase database = new();
    private Session session = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        session = await database.SessionAsync(1, Date);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private AttendanceRegister Register() => new(database.NewContext());

    private AttendanceRecords Records() => new(database.NewContext(), database.Clock);

    private async Task BookAsync(Person person, int minutesAgo)
    {
        var at = database.Clock.GetUtcNow().AddMinutes(-minutesAgo);
        database.Db.SignUps.Add(new SignUp { SessionId = session.Id, PersonId = person.Id, Status = SignUpStatus.Booked, SignedUpAt = at, BookedAt = at });
        await database.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task Sheet_ListsThoseBookedFirstInTheOrderTheyWereBookedThenEveryoneElseByName()
    {
        var zac = await database.JoinAsync("Zac Zephyr");
        var yan = await database.JoinAsync("Yan Young");
        await database.JoinAsync("Ann Able");
        await BookAsync(zac, minutesAgo: 30);
        await BookAsync(yan, minutesAgo: 10);

        var sheet = await Register().SheetAsync(session);

        Assert.Equal(["Zac", "Yan"], sheet.Booked.Select(m => m.Name));
        Assert.Equal(["Ann", "Fran"], sheet.Others.Select(m => m.Name));
    }

    [Fact]
    public async Task Sheet_CountsSomeoneWhoCameAndHasSinceLeftWithoutListingThem()
    {
        var lee = await database.JoinAsync("Lee Left");
        await Records().AddMemberAsync(session, new(lee.Id), database.RecorderId);
        await database.NewContext().Memberships.Where(m => m.PersonId == lee.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeftAt, database.Clock.GetUtcNow()));

        var sheet = await Register().SheetAsync(session);

        Assert.Equal(1, sheet.FormerMembersPresent);
        Assert.DoesNotContain(sheet.Members, m => m.PersonId == lee.Id);
    }

    [Fact]
    public async Task Sheet_ListsGuestsAndWhoIsPresentAndHow()
    {
        var ann = await database.JoinAsync("Ann Able", "ann@example.org");
        await Records().AddGuestAsync(session, new("Gita Guest"), database.RecorderId);
        await Records().ImportAsync(session, AttendanceReport.Read("Email\nann@example.org\n"u8, Date), database.RecorderId);

        var sheet = await Register().SheetAsync(session);

        var present = Assert.Single(sheet.Present);
        Assert.Equal((ann.Id, true), (present.PersonId, present.WasImported));
        Assert.Equal(("Gita Guest", false), (Assert.Single(sheet.Guests).Name, sheet.Guests[0].WasImported));
    }

    [Fact]
    public async Task Sheet_MarksAsNewOnlyThoseWhoCameToNoEarlierSession()
    {
        // Arrange: Ann came to session 1; Bea came to nothing; both are at session 2
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        await Records().AddMemberAsync(session, new(ann.Id), database.RecorderId);
        var next = await database.SessionAsync(2, Date.AddDays(28));

        // Act
        var atFirst = await Register().SheetAsync(session);
        var atNext = await Register().SheetAsync(next);

        // Assert: this session does not count as an earlier one
        Assert.True(atFirst.Members.Single(m => m.PersonId == ann.Id).IsNew);
        Assert.False(atNext.Members.Single(m => m.PersonId == ann.Id).IsNew);
        Assert.True(atNext.Members.Single(m => m.PersonId == bea.Id).IsNew);
    }

    [Fact]
    public async Task Sheet_APreparationMeetingAttendedIsNotAnEarlierSession()
    {
        // Arrange
        var ann = await database.JoinAsync("Ann Able");
        var meeting = await database.SessionAsync(1, Date.AddDays(-7), kind: SessionKind.PreparationMeeting);
        database.Db.Attendance.Add(new Attendee { SessionId = meeting.Id, PersonId = ann.Id, RecordedById = database.RecorderId, RecordedAt = database.Clock.GetUtcNow() });
        await database.Db.SaveChangesAsync();

        // Act
        var sheet = await Register().SheetAsync(session);

        // Assert
        Assert.True(sheet.Members.Single(m => m.PersonId == ann.Id).IsNew);
    }
}
