using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Reports.Drafting;

// The fuller record of one session: attendance, the running order, every theme with its gist and
// the quotes its speakers consented to share, what each prompt drew, breakout groups (as counts),
// requests raised, connections, next actions people shared, and resources.
public sealed class SessionSummaryDrafter(RoundtableDb db, SessionFactsReader facts) : IReportDrafter
{
    public ReportKind Kind => ReportKind.SessionSummary;

    public async Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        if (await ReportedSessions.OneAsync(db, subject, cancellationToken) is not { } session)
        {
            return null;
        }

        var f = await facts.ReadAsync(session, cancellationToken);
        var name = SessionWords.Name(session);
        return new ReportDocument(
            Kind,
            string.IsNullOrWhiteSpace(session.Topic) ? $"{name} summary" : $"{name}: {session.Topic.Trim()}",
            $"Session summary · {SessionWords.ShortDate(session.StartsAt)} · {session.Community.Name}",
            [
                f.Attendance is { Recorded: true } a
                    ? new ReportFigure(ReportWords.Figure(a.Attended), "attended", $"The register for {name}: {a.Members} members ({a.New} new, {a.Returning} returning) and {a.Guests} guests.")
                    : new ReportFigure(StaffBriefingDrafter.NotRecorded, "attended", $"No register was taken or imported for {name}.", Gap: true),
                f.Themes.Count == 0
                    ? new ReportFigure(StaffBriefingDrafter.NotRecorded, "themes", $"No contributions from {name} have been put in a theme yet.", Gap: true)
                    : new ReportFigure(ReportWords.Figure(f.Themes.Count), $"themes — {ThemeTimeline.Summary(f.Themes.Count(t => t.Status == ThemeStatus.Deepening), f.Themes.Count(t => t.Status == ThemeStatus.New))}", "Themes with contributions from this session."),
                new ReportFigure(ReportWords.Figure(f.Connections.Count), ReportWords.Plural(f.Connections.Count, "connection brokered", "connections brokered"), $"Connections recorded as brokered at {name}."),
                f.NextActions.Respondents == 0
                    ? new ReportFigure(StaffBriefingDrafter.NotRecorded, "named a next action", "Nobody has answered the feedback form yet.", Gap: true)
                    : new ReportFigure($"{f.NextActions.Named} of {f.NextActions.Respondents}", "respondents named a next action", "Answers to the feedback form after the session."),
            ],
            [Attendance(f), RunningOrder(session), Themes(f), Prompts(f), Breakouts(f), Requests(f), Connections(f), NextActions(f), Resources(f)]);
    }

    private static ReportSection Attendance(SessionFacts f)
    {
        if (f.Attendance is not { Recorded: true } a)
        {
            return new("Attendance", [new ReportLine("Attendance was not recorded.", Source: "The register")]);
        }

        var lines = new List<ReportLine>
        {
            new($"{a.Attended} attended: {a.Members} {ReportWords.Plural(a.Members, "member", "members")} ({a.New} new, {a.Returning} returning) and {a.Guests} {ReportWords.Plural(a.Guests, "guest", "guests")}.", Source: "The register"),
        };
        if (a.HeldFromPrevious is { } previous)
        {
            lines.Add(new ReportLine($"Of the members at Session {previous.FromSession}, {previous} came again.", Source: "The registers of both sessions"));
        }

        if (a.HeldFromFirst is { } first && first.FromSession != a.HeldFromPrevious?.FromSession)
        {
            lines.Add(new ReportLine($"Of the members at Session {first.FromSession}, {first} came again.", Source: "The registers of both sessions"));
        }

        return new("Attendance", lines);
    }

    // Presenters are left out: they are typed as names, with no consent behind them.
    private static ReportSection RunningOrder(Session session) =>
        new("Running order", session.RunningOrder.Count == 0
            ? [new ReportLine("No running order was recorded.", Source: "The running order")]
            : session.RunningOrder.OrderBy(i => i.Position).Select(i => new ReportLine(
                $"{i.Title} ({i.Minutes} min{(i.Kind == RunningOrderItemKind.Presentation ? ", a presentation" : "")})", ReportLineStyle.Bullet, Source: "The running order")).ToList());

    private static ReportSection Themes(SessionFacts f) =>
        new("What we heard", f.Themes.Count == 0
            ? [new ReportLine("No themes have been drawn from this session yet.", Source: "Themes")]
            : f.Themes.OrderBy(t => t.Status == ThemeStatus.New ? 1 : 0).ThenBy(t => t.Line.Theme.Title, StringComparer.CurrentCultureIgnoreCase).Select(t =>
            {
                var words = new List<string> { t.Line.Theme.Gist?.Trim() ?? "", $"{t.Contributions} {ReportWords.Plural(t.Contributions, "contribution", "contributions")}, {ThemeTimeline.Label(t.Status).ToLowerInvariant()}." };
                words.AddRange(t.Quotes.Select(q => q.By is null ? $"‘{q.Words.Trim()}’" : $"‘{q.Words.Trim()}’ ({q.By})"));
                return new ReportLine(string.Join(" ", words.Where(w => w.Length > 0)), ReportLineStyle.Bullet, t.Line.Theme.Title, $"Theme “{t.Line.Theme.Title}”");
            }).ToList());

    private static ReportSection Prompts(SessionFacts f) =>
        new("What each question drew", f.Prompts.Count == 0
            ? [new ReportLine("No questions were put to the room.", Source: "The room")]
            : f.Prompts.Select(p =>
            {
                var answers = f.AnswersByPrompt.GetValueOrDefault(p.Id);
                var reactions = f.ReactionsByPrompt.GetValueOrDefault(p.Id);
                var groups = p.Audience == PromptAudience.EachBreakoutGroup ? ", answered in breakout groups" : "";
                return new ReportLine($"{answers} {ReportWords.Plural(answers, "answer", "answers")} and {reactions} {ReportWords.Plural(reactions, "reaction", "reactions")}{groups}", ReportLineStyle.Bullet, $"“{p.Text}”", "The room");
            }).ToList());

    private static ReportSection Breakouts(SessionFacts f) =>
        new("Breakout groups", [f.BreakoutGroups == 0
            ? new ReportLine("There were no breakout groups.", Source: "Breakout groups")
            : new ReportLine($"{ReportWords.Count(f.BreakoutGroups)} breakout {ReportWords.Plural(f.BreakoutGroups, "group", "groups")} of {ReportWords.List(f.BreakoutGroupSizes.Select(ReportWords.Figure).ToList())} people.", Source: "Breakout groups")]);

    private static ReportSection Requests(SessionFacts f) =>
        new("Requests raised", f.AsksRaised.Count == 0
            ? [new ReportLine("No requests were raised from what was said.", Source: "“You said, we did”")]
            : f.AsksRaised.Select(l => new ReportLine($"{l.Ask.Words.Trim()} ({AskRules.Name(l.Ask.Status).ToLowerInvariant()})", ReportLineStyle.Bullet, Source: "“You said, we did”")).ToList());

    private static ReportSection Connections(SessionFacts f) =>
        new("Connections", f.Connections.Count == 0
            ? [new ReportLine("No connections were brokered.", Source: "Connections")]
            : f.Connections.Select(c => new ReportLine(ReportWords.Capitalised(c.Linked), ReportLineStyle.Bullet, Source: "Connections")).ToList());

    // Only the next actions their authors shared with the community, put down to nobody.
    private static ReportSection NextActions(SessionFacts f) =>
        new("Next actions", f.SharedNextActions.Count == 0
            ? [new ReportLine(f.NextActions.Summary + ".", Source: "Feedback after the session")]
            : [new ReportLine(f.NextActions.Summary + ". Those shared with the community:", Source: "Feedback after the session"),
               .. f.SharedNextActions.Select(a => new ReportLine(a.Trim(), ReportLineStyle.Bullet, Source: "A next action its author shared"))]);

    private static ReportSection Resources(SessionFacts f) =>
        new("Resources", f.Resources.Count == 0
            ? [new ReportLine("No resources were shared.", Source: "Resources")]
            : f.Resources.Select(r => new ReportLine(
                r.Url is { } url ? $"{r.Title}: {url}" : r.Title, ReportLineStyle.Bullet, Source: r.Kind == ResourceKind.Event ? "An event shared with the group" : "Resources tagged to this session")).ToList());
}
