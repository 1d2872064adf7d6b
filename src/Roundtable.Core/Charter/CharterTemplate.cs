namespace Roundtable.Core.Charter;

// The shape of a co-created charter, as new communities start it: seven sections and six
// discussion principles. The wording is a starting point for the community to make its own.
public static class CharterTemplate
{
    public sealed record Section(string Key, string Title, string Body);

    public sealed record Principle(string Name, string Description);

    public const string WhatWeAre = "what-we-are";
    public const string WhoWeAre = "who-we-are";
    public const string OurPurpose = "our-purpose";
    public const string OurValues = "our-values";
    public const string HowWeWorkTogether = "how-we-work-together";
    public const string HowWeAreStructured = "how-we-are-structured";
    public const string WhatWeCommitTo = "what-we-commit-to";

    public static IReadOnlyList<Section> Sections(string region) =>
    [
        new(WhatWeAre, "What we are",
            $"""
            This is a Community of Practice for all of us working with, supporting, or living alongside the people this community is for, in {region}.

            We learn with and from each other, across services, roles, and lived experience. That learning changes what we do.
            """),
        new(WhoWeAre, "Who we are",
            """
            The Community of Practice brings together:

            - People with lived experience
            - Families and carers
            - Staff from health, social care, education, mental health, the voluntary sector, and local authority
            - People who hold both professional and lived expert identities at the same time

            Reaching people who face barriers to taking part is a priority. We are actively working to extend and broaden our membership.
            """),
        new(OurPurpose, "Our purpose",
            """
            We come together to:

            - Understand what matters to the people we support, and make sure that understanding reaches everyday practice
            - Build shared knowledge across services
            - Listen to voices that are often unheard or misunderstood, and act on what they tell us
            - Rebuild trust, between people and services, and between different parts of the system
            - Connect people who need to know each other
            """),
        new(OurValues, "Our values",
            """
            **Lived experience shapes our structure.** People with lived experience shape the structure of this Community of Practice, the agenda, the language, and the decisions.

            **Safe and brave.** We create space for honesty, uncertainty, and the things that are hard to say. We receive what people say with care.

            **We listen to learn.** Knowledge and experience from across roles and lives is valued equally.

            **Language shapes participation.** We use language that respects identity and opens participation.

            **Action and change.** We commit to visible, traceable action, however small.
            """),
        new(HowWeWorkTogether, "How we work together",
            """
            Our discussion principles were developed with members and are present in every session.

            Speaking, typing in chat, using tools, drawing, listening: all of these are full participation. All contributions carry equal weight.
            """),
        new(HowWeAreStructured, "How we are structured",
            """
            This Community of Practice is co-led by people with lived experience and professionals.

            - Sessions take place every two months
            - In the month between sessions, people with lived experience meet to shape the agenda for the next session
            - Sub-groups take specific work forward between sessions
            - You can join even if you miss some sessions
            """),
        new(WhatWeCommitTo, "What we commit to",
            """
            As the people leading this Community of Practice, we commit to:

            - Doing what we say we will do
            - Being transparent when things do not go as planned, and responding to feedback
            - Sharing what we hear with the wider system, in ways that protect the people who spoke
            - Continuing to extend this community to reflect the full diversity of the people it serves
            - Making this space as accessible as possible, and improving when we fall short

            This is a living document. It will be updated as the community develops, including by the people who attend and co-lead it.
            """),
    ];

    public static readonly IReadOnlyList<Principle> Principles =
    [
        new("Acknowledge", "Receive what people say"),
        new("Accept", "Each experience is true for that person"),
        new("Ask", "What would have helped, and what one thing could be different"),
        new("Stay curious", "We are here to learn"),
        new("Honour pace", "Slow down, wait, make space for silence"),
        new("Protect safety", "Stepping back is always okay"),
    ];
}
