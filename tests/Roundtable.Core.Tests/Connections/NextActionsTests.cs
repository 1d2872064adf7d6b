using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Connections;

// Feedback after a session and the next actions in it, against a real database.
public sealed class NextActionsTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private readonly FakeTimeProvider clock = TestClock.StartingToday();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private NextActions Feedback() => new(database.NewContext(), clock);

    [Fact]
    public async Task Count_TenRespondentsSevenNamingANextAction_IsSevenOfTen()
    {
        var session = await database.LastWeeksSessionAsync();
        for (var i = 0; i < 10; i++)
        {
            var person = await database.CameAsync(session, $"Person {i}");
            var answered = await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer("The small groups", i < 7 ? $"Action {i}" : "  ", Shared: false));
            Assert.Equal(FeedbackOutcome.Saved, answered.Outcome);
        }

        // Someone who came and did not answer is not a respondent.
        await database.CameAsync(session, "Quiet Person");

        var count = await Feedback().CountAsync(session.Id);

        Assert.Equal((7, 10), (count.Named, count.Respondents));
        Assert.Equal("7 of 10 respondents named a next action", count.Summary);
    }

    [Fact]
    public async Task Answer_Twice_ChangesTheOneAnswerAndMarksItDone()
    {
        var session = await database.LastWeeksSessionAsync();
        var person = await database.CameAsync(session, "Pat Twice");
        var first = await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer("Useful", "Call the forum", Shared: true));
        clock.Advance(TimeSpan.FromDays(14));

        var second = await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer("Useful", "Call the forum", Shared: true, Done: true, "They came to our team meeting"));

        var answers = await database.NewContext().SessionFeedback.Where(f => f.SessionId == session.Id).ToListAsync();
        var answer = Assert.Single(answers);
        Assert.Equal(first.Answer!.Id, second.Answer!.Id);
        Assert.Equal((clock.GetUtcNow(), "They came to our team meeting"), (answer.NextActionDoneAt, answer.Outcome));
        Assert.Equal(answer.Id, (await Feedback().FindAnswerAsync(database.Community.Id, answer.Id))!.Id);
    }

    [Fact]
    public async Task Answer_BySomeoneWhoDidNotCome_IsRefusedAndSavesNothing()
    {
        var session = await database.LastWeeksSessionAsync();
        var absent = await database.JoinAsync("Abi Absent");

        var result = await Feedback().AnswerAsync(session.Id, absent.Id, new NextActions.Answer("Heard it was good", "Go next time", Shared: false));

        Assert.Equal((FeedbackOutcome.Refused, NextActions.NotThere), (result.Outcome, result.Refusal));
        Assert.Equal(0, await database.NewContext().SessionFeedback.CountAsync());
    }

    [Fact]
    public async Task Answer_Empty_OrDoneWithoutANextAction_SaysWhatToFillIn()
    {
        var session = await database.LastWeeksSessionAsync();
        var person = await database.CameAsync(session, "Em Empty");

        var empty = await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer(" ", null, Shared: false));
        var doneOfNothing = await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer("Useful", null, Shared: false, Done: true));

        Assert.Equal(nameof(NextActions.Answer.Useful), Assert.Single(empty.Problems).Field);
        Assert.Equal(nameof(NextActions.Answer.NextAction), Assert.Single(doneOfNothing.Problems).Field);
    }

    [Fact]
    public async Task Shared_AttributedOnlyAsEachConsented_AndPrivateOnesNotShown()
    {
        var session = await database.LastWeeksSessionAsync();
        var byName = await database.MemberAsync("Nia Named", Naming.FullName, QuoteConsent.ByName);
        var byRole = await database.MemberAsync("Rob Role", Naming.FullName, QuoteConsent.ByRole, jobRole: "Social worker");
        var notQuoted = await database.MemberAsync("Nora Notquoted", Naming.FullName, QuoteConsent.NotQuoted);
        var keptPrivate = await database.MemberAsync("Priya Private", Naming.FullName, QuoteConsent.ByName);
        foreach (var (person, action, share) in new[] { (byName, "A", true), (byRole, "B", true), (notQuoted, "C", true), (keptPrivate, "D", false) })
        {
            database.Db.Attendance.Add(new Attendee { SessionId = session.Id, PersonId = person.Id, RecordedById = database.RecorderId, RecordedAt = session.EndsAt });
            await database.Db.SaveChangesAsync();
            Assert.True((await Feedback().AnswerAsync(session.Id, person.Id, new NextActions.Answer(null, action, share))).Outcome == FeedbackOutcome.Saved);
        }

        var shared = await Feedback().SharedAsync(database.Community.Id, exceptPersonId: null);

        Assert.Equal(
            [("A", "Nia Named"), ("B", "Social worker"), ("C", NextActions.NoOne)],
            shared.Select(s => (s.NextAction, s.By)).OrderBy(s => s.NextAction).ToList());
    }
}
