using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.DemoData;

// The demo's "you said, we did", laid through the use cases on the story's clock: a request not
// upheld before the last session and acknowledged there; one not upheld since, waiting on the
// next session's running order; and others open, in progress, done and outside our control.
// Invented words.
public static class DemoAsks
{
    // DaysAfter: days after the last session held that it changed (negative: before it).
    private sealed record Step(AskStatus Status, int DaysAfter, string? Reason = null, string? RaisedWith = null);

    private sealed record Demo(string Words, string? OwnerGroup, int? DueInDays, IReadOnlyList<Step> Steps, bool AcknowledgedAtLast = false);

    private static readonly IReadOnlyList<Demo> All =
    [
        new("Record the sessions and put them online for people who cannot come", null, null,
            [new(AskStatus.NotUpheld, -10, "Several members only speak freely because nothing is recorded; we share a written summary instead")],
            AcknowledgedAtLast: true),
        new("Hold some sessions in the evening so people who work days can come", null, null,
            [new(AskStatus.NotUpheld, 3, "The venue is ours only until five, and the lived experience group asked to keep daytime sessions")]),
        new("Send the slides a week before each session", "Action group", 10,
            [new(AskStatus.InProgress, 2), new(AskStatus.Done, 6)]),
        new("Appointment letters from the clinic in easy read", null, null,
            [new(AskStatus.OutsideOurControl, 5, RaisedWith: "The hospital trust's patient information team")]),
        new("A quiet room at every session, with a sign on the door", "Action group", 40,
            [new(AskStatus.InProgress, 4)]),
        new("A map of who does what for autistic adults in Brackenmouth", "System mapping group", 60, []),
    ];

    public static async Task LayAsync(RoundtableDb db, StoryClock story, Community community, Session[] sessions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = sessions.Where(s => s.Kind == SessionKind.Session && s.EndsAt <= now).OrderBy(s => s.StartsAt).ToList();
        if (held.Count < 2)
        {
            return;
        }

        var last = held[^1];
        var coLead = await db.Memberships.AsNoTracking()
            .FirstAsync(m => m.CommunityId == community.Id && m.Role == CommunityRole.CoLead && m.LeftAt == null, cancellationToken);
        var groups = await db.SubGroups.AsNoTracking().Where(g => g.CommunityId == community.Id).ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var asks = new Asks(db, story, new NextActions(db, story));
        foreach (var demo in All)
        {
            var firstStep = demo.Steps.Count > 0 ? Math.Min(demo.Steps[0].DaysAfter, 1) : 1;
            var added = last.EndsAt.AddDays(firstStep - 1);
            story.MoveTo(Min(added, now));
            var made = await asks.AddAsync(
                community.Id,
                new Asks.NewAsk(
                    demo.Words, AskSource.Direct, null, null, null, demo.OwnerGroup is { } group ? groups.GetValueOrDefault(group) : null,
                    demo.DueInDays is { } days ? AskRules.Due(UkTimeZone.DateOf(now).AddDays(days)) : null, Guid.NewGuid()),
                coLead.PersonId,
                cancellationToken);
            if (made.Ask is not { } ask)
            {
                throw new InvalidOperationException($"{community.Slug}'s request \"{demo.Words}\" was not made: {string.Join("; ", made.Problems.Select(p => p.Message))}");
            }

            foreach (var step in demo.Steps)
            {
                story.MoveTo(Min(last.EndsAt.AddDays(step.DaysAfter), now));
                var changed = await asks.UpdateAsync(
                    community.Id, ask.Id, new Asks.Update(step.Status, step.Reason, step.RaisedWith, null, ask.OwnerSubGroupId, DueOn: demo.DueInDays is { } d ? AskRules.Due(UkTimeZone.DateOf(now).AddDays(d)) : null, SeenVersion: null),
                    coLead, cancellationToken);
                if (changed.Outcome != Asks.Outcome.Saved)
                {
                    throw new InvalidOperationException($"{community.Slug}'s request \"{demo.Words}\" did not change: {changed.Outcome}");
                }
            }

            if (demo.AcknowledgedAtLast)
            {
                story.MoveTo(last.StartsAt.AddMinutes(15));
                await new Acknowledgements(db, new AskLedger(db), story).AcknowledgeAsync(last, ask.Id, coLead.PersonId, cancellationToken);
            }
        }

        story.MoveTo(now);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
