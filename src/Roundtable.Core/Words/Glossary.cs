namespace Roundtable.Core.Words;

// The words a community uses that not everyone knows, each said plainly once. Every hint on a
// page and the glossary page read from here, so they always say the same thing.
public static class Glossary
{
    public sealed record Term(string Id, string Word, string Meaning)
    {
        public string Question => $"What does \u201c{Word}\u201d mean?";
    }

    public static readonly IReadOnlyList<Term> Terms =
    [
        new("community-of-practice", "community of practice",
            "A group of people who care about the same thing. They meet to learn from each other. Together they make services better."),
        new("co-lead", "co-lead",
            "A person who leads the community. There are often two. One has lived experience. One works in services."),
        new("facilitator", "facilitator",
            "The person who runs a session. They help everyone to have a say. They keep to time. Some people call them a facilichair."),
        new("lived-experience", "lived experience",
            "What you know from your own life, not just from a job. For example, being autistic, or caring for someone."),
        new("lived-expert-group", "lived-expert group",
            "Members with lived experience who plan sessions. They meet on their own in the months between sessions."),
        new("preparation-meeting", "preparation meeting",
            "A private meeting of the lived-expert group. It is in the month between two sessions. They plan the next session there."),
        new("session", "session",
            "A meeting of the whole community. It can be online, in a room, or both."),
        new("running-order", "running order",
            "The plan for a session. It says what happens, in what order, and for how long."),
        new("breakout", "breakout group",
            "A small group for part of a session. There are 6 to 8 people in each. A chair helps everyone in it to be heard."),
        new("live-room", "live room",
            "The page where you take part while a session is on. You can write, answer questions and send a reaction."),
        new("charter", "charter",
            "The community's own rules. It says why the community is here and how it works. Members help to write it. It can change."),
        new("discussion-principles", "discussion principles",
            "How we agree to talk to each other. Every session shows them."),
        new("sub-group", "sub-group",
            "A small group in the community. It works on one thing."),
        new("access-needs", "access needs",
            "What you need to take part. For example, captions, breaks, a quiet space or easy read."),
        new("easy-read", "easy read",
            "Pages in short sentences, with large text. You can choose easy read or the standard pages."),
        new("waiting-list", "waiting list",
            "A list of people who want a place when a session is full. If a place is free, the first person on the list gets it."),
        new("scaling-question", "scaling question",
            "A question you answer with a number from 1 to 10. 1 is the lowest. 10 is the highest."),
        new("good-enough", "good enough",
            "The number that would be good enough for you, on a scale from 1 to 10. It does not have to be 10."),
        new("median", "median",
            "The middle number. Put all the numbers in order, from small to big. The one in the middle is the median."),
        new("held-from-session", "held from session 1",
            "How many people came back. Of the people who came to session 1, this is how many came to this session too."),
        new("anonymous", "anonymous",
            "No one can see your name on it. Not even the people who run the session."),
    ];

    private static readonly Dictionary<string, Term> ById = Terms.ToDictionary(term => term.Id, StringComparer.Ordinal);

    // A page asking for a word the glossary does not have is a mistake in the page, found at once.
    public static Term Find(string id) =>
        ById.TryGetValue(id, out var term) ? term : throw new ArgumentException($"The glossary has no term \"{id}\".", nameof(id));
}
