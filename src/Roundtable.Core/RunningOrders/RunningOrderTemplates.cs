using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.RunningOrders;

public sealed record RunningOrderTemplateItem(string Title, int Minutes, RunningOrderItemKind Kind = RunningOrderItemKind.Item, string? Notes = null);

public sealed record RunningOrderTemplate(string Key, string Name, string Description, IReadOnlyList<RunningOrderTemplateItem> Items)
{
    public int Minutes => Items.Sum(i => i.Minutes);
}

// Running orders to start from, then edit freely. The Stoke-on-Trent guide's running order is
// the model for a two-hour session; the online one is shorter, because a long video call is
// harder for many people than a long day in a room.
public static class RunningOrderTemplates
{
    public const string StokeKey = "stoke";
    public const string OnlineKey = "online";

    public static readonly RunningOrderTemplate Stoke = new(
        StokeKey,
        "The Stoke-on-Trent running order",
        "Two hours, in a room or online: from the Stoke-on-Trent Community of Practice guide.",
        [
            new("Meet, greet and offer refreshments", 10, Notes: "There is no such thing as late: whoever arrives is the right person."),
            new("Introductions and best hopes", 15, Notes: "If this session is a good use of your time, what will have happened?"),
            new("What's gone well since we last met?", 10, Notes: "Say 'recently' for people who are new."),
            new("Updates on progress for this and other community topics", 10),
            new("Presentation or case study", RunningOrderItem.PresentationMaxMinutes, RunningOrderItemKind.Presentation,
                "Five minutes at most: a starting point for the conversation, not an end in itself."),
            new("Examples of good practice", 10, Notes: "Could you tell me more about that? Who notices that this is good practice?"),
            new("Clarification questions, round the table in turn", 10),
            new("Facilitated discussion", 25, Notes: "Preferred future, what already works, scaling questions (1 to 10, and what is good enough)."),
            new("Conclusions, and the questions still open", 10),
            new("Final thoughts on how useful today was", 5),
            new("Thanks, and the date of the next session", 5),
            new("Networking, and finishing the refreshments", 5),
        ]);

    public static readonly RunningOrderTemplate Online = new(
        OnlineKey,
        "A shorter online running order",
        "Ninety minutes on a video call, with a breakout.",
        [
            new("Arrive, settle in and check sound and cameras", 5, Notes: "Cameras are optional: listening is full participation."),
            new("Welcome and the discussion principles", 5),
            new("Introductions and best hopes, in the chat or aloud", 10),
            new("What's gone well since we last met?", 10),
            new("Presentation or case study", RunningOrderItem.PresentationMaxMinutes, RunningOrderItemKind.Presentation,
                "Five minutes at most."),
            new("Clarification questions", 10),
            new("Facilitated discussion in breakout rooms", 25),
            new("What the breakouts heard, and conclusions", 10),
            new("A closing word for how you feel", 5),
            new("Thanks, and the date of the next session", 5),
        ]);

    public static IReadOnlyList<RunningOrderTemplate> All { get; } = [Stoke, Online];

    public static RunningOrderTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    // The template's items, ready to add to a session; presenters are named later.
    public static List<RunningOrderItem> ItemsFor(RunningOrderTemplate template, Guid sessionId) =>
        template.Items.Select((item, i) => new RunningOrderItem
        {
            SessionId = sessionId,
            Position = i + 1,
            Title = item.Title,
            Minutes = item.Minutes,
            Kind = item.Kind,
            Notes = item.Notes,
        }).ToList();
}
