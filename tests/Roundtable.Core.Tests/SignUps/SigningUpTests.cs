using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.SignUps;

public sealed class SigningUpTests : IAsyncLifetime
{
    // After the tests' "now" (midday today), so open for sign-up.
    private static readonly DateOnly Later = TestClock.Today.AddDays(11);

    private readonly CommunityDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private SigningUp Service()
    {
        var db = database.NewContext();
        return new(db, database.Clock, new SessionEmails(new OutboxMailer(db, database.Clock), new SiteAt(), NullLogger<SessionEmails>.Instance));
    }

    private Task<List<OutboxMessage>> EmailsAsync() => database.NewContext().Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();

    private Task<List<SignUp>> SignUpsAsync(Session session) =>
        database.NewContext().SignUps.AsNoTracking().Where(s => s.SessionId == session.Id).ToListAsync();

    private async Task<SignUpStatus> StatusOfAsync(Session session, Person person) =>
        (await SignUpsAsync(session)).Single(s => s.PersonId == person.Id).Status;

    [Fact]
    public async Task FindSession_ByNumber_IsASessionNeverAPreparationMeeting()
    {
        var session = await database.SessionAsync(1, Later);
        await database.SessionAsync(2, Later, kind: SessionKind.PreparationMeeting);

        var found = await Service().FindSessionAsync(database.Community.Id, 1);
        var meeting = await Service().FindSessionAsync(database.Community.Id, 2);

        Assert.Equal((session.Id, null), (found?.Id, meeting?.Id));
    }

    [Fact]
    public async Task SignUp_WhileThereAreFreePlaces_Books()
    {
        var session = await database.SessionAsync(1, Later, capacity: 2);
        var ann = await database.JoinAsync("Ann Able");

        var result = await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.Captions, "A hearing loop"));

        Assert.Equal(SigningUp.Outcome.Booked, result.Outcome);
        var saved = Assert.Single(await SignUpsAsync(session));
        Assert.Equal((SignUpStatus.Booked, AccessNeeds.Captions, "A hearing loop"), (saved.Status, saved.AccessNeeds, saved.OtherAccessNeeds));
        Assert.Equal(database.Clock.GetUtcNow(), saved.BookedAt);
    }

    [Fact]
    public async Task SignUp_WhenFull_JoinsTheWaitingListWithItsPlaceInTheQueue()
    {
        var session = await database.SessionAsync(1, Later, capacity: 2);
        foreach (var name in new[] { "Ann Able", "Bea Bright" })
        {
            await Service().SignUpAsync(session, (await database.JoinAsync(name)).Id, new(AccessNeeds.None, null));
        }

        var cal = await Service().SignUpAsync(session, (await database.JoinAsync("Cal Calm")).Id, new(AccessNeeds.None, null));
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var dee = await Service().SignUpAsync(session, (await database.JoinAsync("Dee Dale")).Id, new(AccessNeeds.None, null));

        Assert.Equal((SigningUp.Outcome.Waiting, 1), (cal.Outcome, cal.PlaceInQueue));
        Assert.Equal((SigningUp.Outcome.Waiting, 2), (dee.Outcome, dee.PlaceInQueue));
        Assert.Equal(2, (await SignUpsAsync(session)).Count(s => s.Status == SignUpStatus.Booked));
    }

    [Fact]
    public async Task SignUp_WithNoCapacity_AlwaysBooks()
    {
        var session = await database.SessionAsync(1, Later);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(SigningUp.Outcome.Booked, (await Service().SignUpAsync(session, (await database.JoinAsync($"Person {i}")).Id, new(AccessNeeds.None, null))).Outcome);
        }
    }

    [Fact]
    public async Task SignUp_Twice_IsOneSignUpWithTheNewNeeds()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.Captions, null));

        var again = await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.Breaks, "Quiet corner"));

        Assert.True(again.WasAlready);
        Assert.Equal(SigningUp.Outcome.Booked, again.Outcome);
        var saved = Assert.Single(await SignUpsAsync(session));
        Assert.Equal((SignUpStatus.Booked, AccessNeeds.Breaks, "Quiet corner"), (saved.Status, saved.AccessNeeds, saved.OtherAccessNeeds));
    }

    [Fact]
    public async Task SignUp_TwiceAtOnce_IsOneSignUp()
    {
        var session = await database.SessionAsync(1, Later, capacity: 5);
        var ann = await database.JoinAsync("Ann Able");

        await AtOnce.Run(2, _ => Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null)));

        Assert.Single(await SignUpsAsync(session));
    }

    [Fact]
    public async Task SignUp_ManyAtOnceForTheLastPlaces_NeverBooksMoreThanTheCapacity()
    {
        var session = await database.SessionAsync(1, Later, capacity: 2);
        var people = new List<Person>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await database.JoinAsync($"Person {i}"));
        }

        var results = await AtOnce.Run(people.Count, i => Service().SignUpAsync(session, people[i].Id, new(AccessNeeds.None, null)));

        Assert.Equal(2, results.Count(r => r.Outcome == SigningUp.Outcome.Booked));
        Assert.Equal(2, (await SignUpsAsync(session)).Count(s => s.Status == SignUpStatus.Booked));
        Assert.Equal(4, (await SignUpsAsync(session)).Count(s => s.Status == SignUpStatus.Waiting));
    }

    [Fact]
    public async Task Cancel_ABookedPlace_BooksTheFirstPersonWaiting()
    {
        var session = await database.SessionAsync(1, Later, capacity: 2);
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        var cal = await database.JoinAsync("Cal Calm");
        var dee = await database.JoinAsync("Dee Dale");
        foreach (var person in new[] { ann, bea, cal, dee })
        {
            await Service().SignUpAsync(session, person.Id, new(AccessNeeds.None, null));
            database.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var cancelled = await Service().CancelAsync(session, ann.Id);

        Assert.True(cancelled.WasBooked);
        Assert.Equal([cal.Id], cancelled.Promoted.Select(s => s.PersonId));
        Assert.Equal(cal.Email, cancelled.Promoted[0].Person.Email);
        Assert.Equal(SignUpStatus.Cancelled, await StatusOfAsync(session, ann));
        Assert.Equal(SignUpStatus.Booked, await StatusOfAsync(session, cal));
        Assert.Equal(SignUpStatus.Waiting, await StatusOfAsync(session, dee));
    }

    [Fact]
    public async Task Cancel_AFromTheWaitingList_BooksNobody()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));
        await Service().SignUpAsync(session, bea.Id, new(AccessNeeds.None, null));

        var cancelled = await Service().CancelAsync(session, bea.Id);

        Assert.False(cancelled.WasBooked);
        Assert.Empty(cancelled.Promoted);
        Assert.Equal(SignUpStatus.Booked, await StatusOfAsync(session, ann));
    }

    [Fact]
    public async Task Cancel_Twice_ChangesNothingTheSecondTime()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));
        await Service().CancelAsync(session, ann.Id);

        var again = await Service().CancelAsync(session, ann.Id);

        Assert.False(again.Changed);
    }

    [Fact]
    public async Task Cancel_TwoBookedPlacesAtOnce_BooksTwoWaitingAndNoMore()
    {
        var session = await database.SessionAsync(1, Later, capacity: 2);
        var people = new List<Person>();
        for (var i = 0; i < 5; i++)
        {
            var person = await database.JoinAsync($"Person {i}");
            await Service().SignUpAsync(session, person.Id, new(AccessNeeds.None, null));
            database.Clock.Advance(TimeSpan.FromMinutes(1));
            people.Add(person);
        }

        var results = await AtOnce.Run(2, i => Service().CancelAsync(session, people[i].Id));

        var all = await SignUpsAsync(session);
        Assert.Equal([people[2].Id, people[3].Id], all.Where(s => s.Status == SignUpStatus.Booked).Select(s => s.PersonId).Order());
        Assert.Equal(SignUpStatus.Waiting, all.Single(s => s.PersonId == people[4].Id).Status);
        Assert.Equal(2, results.Sum(r => r.Promoted.Count));
        Assert.Equal(2, results.SelectMany(r => r.Promoted).Select(s => s.PersonId).Distinct().Count());
    }

    [Fact]
    public async Task SignUp_AfterCancelling_SignsUpAgainAtTheBackOfTheQueue()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));
        await Service().SignUpAsync(session, bea.Id, new(AccessNeeds.None, null));
        await Service().CancelAsync(session, ann.Id);
        database.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));

        Assert.Equal((SigningUp.Outcome.Waiting, 1, false), (again.Outcome, again.PlaceInQueue, again.WasAlready));
        Assert.Single(await SignUpsAsync(session), s => s.PersonId == ann.Id);
        Assert.Equal(SignUpStatus.Booked, await StatusOfAsync(session, bea));
    }

    [Fact]
    public async Task FillFreePlaces_AfterTheCapacityIsRaised_BooksThoseWaitingInTurn()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var people = new List<Person>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await database.JoinAsync($"Person {i}"));
            await Service().SignUpAsync(session, people[i].Id, new(AccessNeeds.None, null));
            database.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        session.Capacity = 3;
        await database.Db.SaveChangesAsync();

        var promoted = await Service().FillFreePlacesAsync(session.Id);

        Assert.Equal([people[1].Id, people[2].Id], promoted.Select(s => s.PersonId));
        Assert.Equal(SignUpStatus.Waiting, await StatusOfAsync(session, people[3]));
    }

    [Theory]
    [InlineData(SessionStatus.Cancelled, 11)]
    [InlineData(SessionStatus.Scheduled, -1)]
    public async Task SignUp_ToACancelledOrEndedSession_IsClosedAndSavesNothing(SessionStatus status, int daysFromToday)
    {
        var session = await database.SessionAsync(1, TestClock.Today.AddDays(daysFromToday), status: status);
        var ann = await database.JoinAsync("Ann Able");

        var result = await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));

        Assert.Equal(SigningUp.Outcome.Closed, result.Outcome);
        Assert.Empty(await SignUpsAsync(session));
    }

    [Fact]
    public async Task Cancel_AfterTheSessionHasEnded_IsClosedAndChangesNothing()
    {
        var session = await database.SessionAsync(1, TestClock.Today, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));
        await Service().SignUpAsync(session, bea.Id, new(AccessNeeds.None, null));
        database.Clock.Advance(TimeSpan.FromHours(6));

        var cancelled = await Service().CancelAsync(session, ann.Id);

        Assert.True(cancelled.Closed);
        Assert.Equal("Session 1 has ended, so places can no longer change.", cancelled.Refusal);
        Assert.Equal((SignUpStatus.Booked, SignUpStatus.Waiting), (await StatusOfAsync(session, ann), await StatusOfAsync(session, bea)));
    }

    [Fact]
    public async Task SignUp_WithTooMuchToSayAboutOtherNeeds_IsRefusedAgainstThatFieldAndSavesNothing()
    {
        var session = await database.SessionAsync(1, Later);
        var ann = await database.JoinAsync("Ann Able");

        var result = await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.Captions, new string('x', Membership.OtherAccessNeedsMaxLength + 1)));

        Assert.Equal(SigningUp.Outcome.Invalid, result.Outcome);
        Assert.Equal(nameof(SigningUp.Request.OtherAccessNeeds), Assert.Single(result.Problems).Field);
        Assert.Empty(await SignUpsAsync(session));
    }

    [Fact]
    public async Task Cancel_OfABookedPlace_EmailsWhoeverIsBookedFromTheQueueButNotTheOneCancelling()
    {
        var session = await database.SessionAsync(1, Later, capacity: 1);
        var ann = await database.JoinAsync("Ann Able");
        var bea = await database.JoinAsync("Bea Bright");
        await Service().SignUpAsync(session, ann.Id, new(AccessNeeds.None, null));
        await Service().SignUpAsync(session, bea.Id, new(AccessNeeds.None, null));

        await Service().CancelAsync(session, ann.Id);

        var email = Assert.Single(await EmailsAsync());
        Assert.Equal(bea.Email, email.To);
        Assert.StartsWith("A place has come free at Session 1", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://roundtable.example/communities/{database.Community.Slug}/sessions/1/sign-up", email.Body, StringComparison.Ordinal);
    }

    // Links in emails, as the app builds them from its address.
    private sealed class SiteAt : ILinks
    {
        public Uri To(string pathAndQuery) => new(new Uri("https://roundtable.example/"), pathAndQuery.TrimStart('/'));
    }

    [Theory]
    [InlineData(null, 0, true)]
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]
    [InlineData(0, 0, false)]
    public void HasRoom_IsWhetherBookedIsBelowTheCapacity(int? capacity, int booked, bool expected) =>
        Assert.Equal(expected, SigningUp.HasRoom(capacity, booked));
}
