using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.DemoData;

// What came of the demo's second session, shaped like the seed's: ten people who came answered the
// feedback and seven of them named a next action; two connections were brokered, one linking lived
// expert carer groups to a service that needs to hear from them; and a member's offer of a peer
// educator network has two people interested. Invented words, laid through the use cases.
public static class DemoConnections
{
    public const int Session = 2;

    // Useful, then the next action (null: none named), shared with the community, done.
    private static readonly (string Useful, string? NextAction, bool Shared, bool Done)[] Answers =
    [
        ("Hearing how the self-advocates chair their own meetings", "Ask our service user group to chair the next team meeting", true, true),
        ("The example of a co-produced job description", "Share the co-produced job description with our HR lead", true, false),
        ("Time to talk in the small groups", "Book a follow-up with the parent carer forum", false, false),
        ("Knowing I am not the only one asking for this", "Put lived experience leadership on our next board agenda", true, false),
        ("The plain words used all the way through", "Rewrite our appointment letter in easy read", false, true),
        ("Meeting people from the council", "Introduce our peer workers to the commissioning team", true, false),
        ("The breakout on paying people for their time", "Check our payment policy for lived experience advisers", false, false),
        ("All of it, thank you", null, false, false),
        ("Good to listen this time", null, false, false),
        ("The stories at the start", null, false, false),
    ];

    public static async Task LayAsync(RoundtableDb db, StoryClock story, Community community, IReadOnlyList<Session> sessions, Guid founderId, CancellationToken cancellationToken)
    {
        var session = sessions.Single(s => s.Kind == SessionKind.Session && s.Number == Session);
        var came = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id && a.PersonId != null)
            .OrderBy(a => a.PersonId).Select(a => a.PersonId!.Value).Take(Answers.Length).ToListAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking().Where(m => m.CommunityId == community.Id)
            .Select(m => new { m.Person.Email, m.PersonId })
            .ToDictionaryAsync(m => m.Email!, m => m.PersonId, cancellationToken);

        story.MoveTo(session.EndsAt.AddHours(2));
        var nextActions = new NextActions(db, story);
        for (var i = 0; i < came.Count; i++)
        {
            var (useful, nextAction, shared, _) = Answers[i];
            Check(await nextActions.AnswerAsync(session.Id, came[i], new NextActions.Answer(useful, nextAction, shared), cancellationToken), "feedback");
        }

        var connections = new BrokeredConnections(db, story);
        var carers = await connections.RecordAsync(
            community.Id,
            new BrokeredConnections.NewConnection(
                new(ConnectionSideKind.Named, null, null, "Lived expert carer groups (Brackenmouth parent carers and self-advocates)"),
                new(ConnectionSideKind.Named, null, null, "Short breaks review, Brackenmouth Council"),
                "Lived expert carer groups linked to service need: the short breaks review needs to hear from families before it decides anything",
                Session),
            founderId,
            cancellationToken);
        Check(await connections.RecordAsync(
            community.Id,
            new BrokeredConnections.NewConnection(
                new(ConnectionSideKind.Member, members["amira.haddad@example.org"], null, null),
                new(ConnectionSideKind.Member, members["grace.adeyemi@example.org"], null, null),
                "Families waiting for an autism assessment, and the person who commissions support while they wait",
                Session),
            founderId,
            cancellationToken));

        story.MoveTo(session.EndsAt.AddDays(9));
        var founder = new ConnectionViewer(founderId, await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == founderId, cancellationToken), false);
        Check(await connections.MoveOnAsync(community.Id, carers.Connection!.Id, new(ConnectionStatus.InTouch, "The review team came to the carer forum's meeting", null), founder, cancellationToken));
        story.MoveTo(session.EndsAt.AddDays(30));
        Check(await connections.MoveOnAsync(community.Id, carers.Connection!.Id, new(ConnectionStatus.WorkingTogether, "Two parent carers now sit on the review panel", null), founder, cancellationToken));

        // Later, some said how their next action went.
        story.MoveTo(session.EndsAt.AddDays(21));
        for (var i = 0; i < came.Count; i++)
        {
            var (useful, nextAction, shared, done) = Answers[i];
            if (done)
            {
                Check(await nextActions.AnswerAsync(session.Id, came[i], new NextActions.Answer(useful, nextAction, shared, Done: true, "Done, and it went better than I expected"), cancellationToken), "next action");
            }
        }

        var offers = new CollaborationOffers(db, connections, story);
        var offer = await offers.PostAsync(
            community.Id,
            members["tom.whitlow@example.org"],
            new CollaborationOffers.NewOffer(
                "A peer educator network",
                "Peer educators with lived experience who train ward staff on reasonable adjustments. We meet online once a month and share our materials.",
                "Other trusts who would like to train peer educators with us"),
            cancellationToken);
        Check(offer.Outcome == OfferOutcome.Saved, "offer");
        story.MoveTo(session.EndsAt.AddDays(24));
        Check((await offers.InterestAsync(community.Id, offer.Offer!.Id, members["kwame.mensah@example.org"], "Our trust is starting peer training next year", cancellationToken)).Done, "interest");
        Check((await offers.InterestAsync(community.Id, offer.Offer!.Id, members["beth.llewellyn@example.org"], null, cancellationToken)).Done, "interest");
    }

    private static void Check(FeedbackResult result, string what) => Check(result.Outcome == FeedbackOutcome.Saved, $"{what}: {result.Refusal}");

    private static void Check(ConnectionResult result) => Check(result.Done, "connection");

    private static void Check(bool done, string what)
    {
        if (!done)
        {
            throw new InvalidOperationException($"The demo's {what} was not laid.");
        }
    }
}
