using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Attendance;

// The fixture with numbers known by hand:
//   session 1: A B C D
//   session 2: A B E
//   session 3: A C E F
public class AttendanceFiguresTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid(), F = Guid.NewGuid();

    private static AttendanceFigures.Came Session(int number, Guid[] members, int guests = 0) =>
        new(Guid.NewGuid(), number, new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.Zero).AddMonths(number), members.ToHashSet(), guests);

    private static IReadOnlyList<SessionFigures> Fixture() => AttendanceFigures.Calculate(
    [
        Session(3, [A, C, E, F]),
        Session(1, [A, B, C, D]),
        Session(2, [A, B, E]),
    ]);

    [Fact]
    public void Calculate_PutsSessionsInTheOrderTheyHappened() =>
        Assert.Equal([1, 2, 3], Fixture().Select(f => f.Number));

    [Fact]
    public void Calculate_Session3_HeldFromSession1Is2Of4()
    {
        var held = Fixture()[2].HeldFromFirst!;

        Assert.Equal((2, 4, 50, 1), (held.Came, held.Of, held.Percent, held.FromSession));
        Assert.Equal("2 of 4 (50%)", held.ToString());
    }

    [Fact]
    public void Calculate_Session3_HeldFromThePreviousSessionIs2Of3()
    {
        var held = Fixture()[2].HeldFromPrevious!;

        Assert.Equal((2, 3, 67, 2), (held.Came, held.Of, held.Percent, held.FromSession));
        Assert.Equal("2 of 3 (67%)", held.ToString());
    }

    [Fact]
    public void Calculate_Session3_OneNewAndThreeReturning()
    {
        var third = Fixture()[2];

        Assert.Equal((4, 1, 3), (third.Attended, third.New, third.Returning));
    }

    [Fact]
    public void Calculate_Session2_OneNewTwoReturningAndHalfHeld()
    {
        var second = Fixture()[1];

        Assert.Equal((3, 1, 2), (second.Attended, second.New, second.Returning));
        Assert.Equal("2 of 4 (50%)", second.HeldFromFirst!.ToString());
        Assert.Equal("2 of 4 (50%)", second.HeldFromPrevious!.ToString());
    }

    [Fact]
    public void Calculate_Session1_EveryoneIsNewAndThereIsNothingToHoldFrom()
    {
        var first = Fixture()[0];

        Assert.Equal((4, 4, 0), (first.Attended, first.New, first.Returning));
        Assert.Null(first.HeldFromFirst);
        Assert.Null(first.HeldFromPrevious);
    }

    [Fact]
    public void Calculate_Guests_AreCountedButNeverNewOrReturning()
    {
        var figures = AttendanceFigures.Calculate([Session(1, [A], guests: 2), Session(2, [A], guests: 3)]);

        Assert.Equal((3, 1, 0), (figures[0].Attended, figures[0].New, figures[0].Returning));
        Assert.Equal((4, 0, 1), (figures[1].Attended, figures[1].New, figures[1].Returning));
        Assert.Equal("1 of 1 (100%)", figures[1].HeldFromFirst!.ToString());
    }

    [Fact]
    public void Calculate_ASessionNobodyCameTo_IsNotRecordedAndIsSkippedAsTheFirstOrPrevious()
    {
        var figures = AttendanceFigures.Calculate([Session(1, []), Session(2, [A, B]), Session(3, []), Session(4, [A])]);

        Assert.False(figures[0].Recorded);
        Assert.Null(figures[1].HeldFromFirst);
        Assert.Equal((1, 2, 2), (figures[3].HeldFromFirst!.Came, figures[3].HeldFromFirst!.Of, figures[3].HeldFromFirst!.FromSession));
        Assert.Equal(2, figures[3].HeldFromPrevious!.FromSession);
    }

    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)]
    [InlineData(43, 43, 100)]
    [InlineData(0, 5, 0)]
    public void Held_Percent_IsRoundedToAWholeNumber(int came, int of, int percent) =>
        Assert.Equal(percent, new Held(came, of, 1).Percent);
}

// The same figures read from a database: cancelled sessions and preparation meetings do not count.
public sealed class AttendanceFiguresDatabaseTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private async Task CameAsync(Session session, params Person[] people)
    {
        foreach (var person in people)
        {
            database.Db.Attendance.Add(new Attendee { SessionId = session.Id, PersonId = person.Id, RecordedById = database.RecorderId });
        }

        await database.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task ForCommunity_SkipsCancelledSessionsAndPreparationMeetings()
    {
        var (a, b, c, d, e, f) = (await database.JoinAsync("A"), await database.JoinAsync("B"), await database.JoinAsync("C"),
            await database.JoinAsync("D"), await database.JoinAsync("E"), await database.JoinAsync("F"));
        var one = await database.SessionAsync(1, new DateOnly(2026, 6, 3));
        var preparation = await database.SessionAsync(1, new DateOnly(2026, 7, 1), kind: SessionKind.PreparationMeeting);
        var two = await database.SessionAsync(2, new DateOnly(2026, 8, 5));
        var cancelled = await database.SessionAsync(3, new DateOnly(2026, 9, 2), status: SessionStatus.Cancelled);
        var three = await database.SessionAsync(4, new DateOnly(2026, 10, 7));
        await CameAsync(one, a, b, c, d);
        await CameAsync(preparation, a, f);
        await CameAsync(two, a, b, e);
        await CameAsync(cancelled, b);
        await CameAsync(three, a, c, e, f);
        database.Db.Attendance.Add(new Attendee { SessionId = three.Id, GuestName = "A visitor", RecordedById = database.RecorderId });
        await database.Db.SaveChangesAsync();

        var figures = await new AttendanceFigures(database.NewContext()).ForCommunityAsync(database.Community.Id);

        Assert.Equal([1, 2, 4], figures.Select(x => x.Number));
        var last = figures[2];
        Assert.Equal((5, 4, 1, 1, 3), (last.Attended, last.Members, last.Guests, last.New, last.Returning));
        Assert.Equal("2 of 4 (50%)", last.HeldFromFirst!.ToString());
        Assert.Equal("2 of 3 (67%)", last.HeldFromPrevious!.ToString());
        Assert.Null(await new AttendanceFigures(database.NewContext()).ForSessionAsync(cancelled));
    }
}
