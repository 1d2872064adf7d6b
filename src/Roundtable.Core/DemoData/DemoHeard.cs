using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;

namespace Roundtable.Core.DemoData;

// What was heard at the demo's first two sessions, shaped like the seed's session 2 so its staff
// briefing has the seed's figures to draft from: five themes, three deepening from session 1 and two
// new, and a reflection question the room answered and reacted to. Invented words.
public static class DemoHeard
{
    // Theme, gist, what was said at session 1 and at session 2.
    private static readonly (string Title, string Gist, string[] AtFirst, string[] AtSecond)[] Themes =
    [
        ("Lived experience leading in practice", "From agreeing it matters to asking how we make sure it happens, week to week",
            ["People with lived experience should be leading this, not just invited"],
            ["How do we know lived experience is leading in practice and not only on paper?", "I am autistic and a carer and I spoke up today because this group made room for that"]),
        ("Every identity in the room", "Calls to see race, culture, disability and caring together, including an ambassador role",
            ["Our community is more than one identity at a time"],
            ["We need an ambassador for black and brown families in this work", "Intersectionality is not an extra, it is how people live"]),
        ("Action, not another meeting", "Frustration that meetings change nothing, with sub-groups feeding an action group proposed",
            ["Lots of meetings and nothing changes"],
            ["Sub-groups could take each theme and report to an action group", "I want to see something change before the next session"]),
        ("Knowing what is out there", "A shared picture of services and groups and how the system fits together",
            [],
            ["A map of who does what would help families and staff alike", "Nobody knew the short breaks review was happening"]),
        ("Sessions everyone can use", "Papers, links and pace that not everyone can use, and one person who felt unheard",
            [],
            ["I feel unheard when the papers arrive the night before", "Links in the chat are hard to follow with a screen reader"]),
    ];

    private const string Reflection = "What will you take back into your work from today?";

    private static readonly string[] Answers =
    [
        "Ask people with lived experience to chair our next team meeting",
        "Share the discussion principles with our MDT",
        "Send papers a week ahead, in easy read too",
        "Talk to our commissioner about paying lived experience advisers",
        "Find out who runs the short breaks review",
        "Check our service's leaflets with the self-advocates",
        "Bring a colleague from the council next time",
        "Start a list of groups families can go to",
        "Ask our board what has changed since the last session",
        "Try the check-in round with my own team",
        "Speak up sooner when something is not accessible",
        "Offer to join a sub-group",
    ];

    // How many reactions each answer had: 38 in all, as in the seed.
    private static readonly int[] ReactionsPerAnswer = [6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 1, 1];

    public static async Task LayAsync(
        RoundtableDb db, StoryClock story, DemoRooms rooms, Community community, IReadOnlyList<Session> sessions, Guid founderId,
        CancellationToken cancellationToken)
    {
        var first = sessions.Single(s => s.Kind == SessionKind.Session && s.Number == 1);
        var second = sessions.Single(s => s.Kind == SessionKind.Session && s.Number == DemoConnections.Session);
        var said = Themes.Select(t => t.AtFirst.Select(w => rooms.Say(first, w).Id).Concat(t.AtSecond.Select(w => rooms.Say(second, w).Id)).ToList()).ToList();

        var prompt = new RoomPrompt
        {
            RoomId = rooms.For(second).Id, Kind = PromptKind.Reflection, Text = Reflection, Audience = PromptAudience.Everyone, OpenedById = founderId,
            OpenedAt = second.StartsAt.AddMinutes(70), ClosedAt = second.StartsAt.AddMinutes(85),
        };
        db.RoomPrompts.Add(prompt);
        for (var i = 0; i < Answers.Length; i++)
        {
            var answer = rooms.Say(second, Answers[i], prompt: prompt);
            for (var r = 0; r < ReactionsPerAnswer[i]; r++)
            {
                db.Reactions.Add(new Reaction
                {
                    RoomId = answer.RoomId, ContributionId = answer.Id, ReactorId = rooms.Member(i + r + 1),
                    Kind = (ReactionKind)(r % 5), Sequence = ++rooms.For(second).LastSequence, CreatedAt = answer.CreatedAt.AddMinutes(1),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        story.MoveTo(second.EndsAt.AddDays(1));
        var decisions = new ThemeDecisions(db, story);
        for (var i = 0; i < Themes.Length; i++)
        {
            var made = await decisions.CreateAsync(community.Id, new ThemeDecisions.NewTheme(Themes[i].Title, Themes[i].Gist, said[i]), founderId, cancellationToken);
            if (made.Outcome != ThemeOutcome.Saved)
            {
                throw new InvalidOperationException($"{community.Slug}'s theme {Themes[i].Title} was not made: {made.Outcome}");
            }
        }
    }
}
