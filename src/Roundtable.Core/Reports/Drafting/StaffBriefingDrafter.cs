using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Reports.Drafting;

// Seed 000: one A4 page for staff who were not there — four headline figures, then what we did,
// what we heard, what is beginning to happen and what happens next, every line from the data.
public sealed class StaffBriefingDrafter(RoundtableDb db, SessionFactsReader facts) : IReportDrafter
{
    // Attendance "holds" from the previous session when it moved by no more than this share of
    // it, or by two people, whichever is more: a couple of people away is not a trend.
    public const decimal HeldWithin = 0.05m;

    public const int HeldWithinPeople = 2;

    public const string NotRecorded = "Not recorded";

    public ReportKind Kind => ReportKind.StaffBriefing;

    public async Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken)
    {
        if (await ReportedSessions.OneAsync(db, subject, cancellationToken) is not { } session)
        {
            return null;
        }

        var f = await facts.ReadAsync(session, cancellationToken);
        return new ReportDocument(
            Kind,
            Title(session),
            $"Staff briefing · {SessionWords.ShortDate(session.StartsAt)} · {session.Community.Name}",
            [Attended(f), Reactions(f), Connections(f), Themes(f)],
            [WhatWeDid(f), WhatWeHeard(f), BeginningToHappen(f), WhatHappensNext(f)]);
    }

    // "Second Community of Practice Session", or the session's topic when it has one.
    public static string Title(Session session) =>
        !string.IsNullOrWhiteSpace(session.Topic) ? session.Topic.Trim()
        : ReportWords.Ordinal(session.Number) is { } ordinal ? $"{ordinal} Community of Practice Session"
        : $"Community of Practice Session {session.Number}";

    // "holding from Session 1", "up from 30 at Session 1", "down from 50 at Session 1"; null for
    // a first session.
    public static string? HeldFrom(SessionFigures now, SessionFigures? previous)
    {
        if (previous is null)
        {
            return null;
        }

        var tolerance = Math.Max(HeldWithinPeople, (int)Math.Floor(previous.Attended * HeldWithin));
        var change = now.Attended - previous.Attended;
        var then = $"Session {previous.Number}";
        return Math.Abs(change) <= tolerance ? $"holding from {then}"
            : change > 0 ? $"up from {previous.Attended} at {then}"
            : $"down from {previous.Attended} at {then}";
    }

    private static ReportFigure Attended(SessionFacts f)
    {
        var name = SessionWords.Name(f.Session);
        if (f.Attendance is not { Recorded: true } now)
        {
            return new(NotRecorded, "attended", $"No register was taken or imported for {name}, so attendance is not known.", Gap: true);
        }

        var held = HeldFrom(now, f.Previous);
        var previous = f.Previous is { } p ? $" Session {p.Number}: {p.Attended}." : " No earlier session to compare with.";
        return new(
            ReportWords.Figure(now.Attended),
            held is null ? "attended" : $"attended ({held})",
            $"The register for {name}: {now.Attended} present ({now.Members} members, {now.Guests} guests).{previous}"
            + (held is null ? "" : $" Held means within {HeldWithinPeople} people or {HeldWithin:P0} of the previous session, whichever is more."));
    }

    private static ReportFigure Reactions(SessionFacts f)
    {
        var reflection = f.ReflectionPrompts.ToList();
        if (reflection.Count == 0)
        {
            return new(NotRecorded, "reactions on the reflection question", $"No reflection question was put to the room at {SessionWords.Name(f.Session)}.", Gap: true);
        }

        var reactions = reflection.Sum(p => f.ReactionsByPrompt.GetValueOrDefault(p.Id));
        var answers = reflection.Sum(p => f.AnswersByPrompt.GetValueOrDefault(p.Id));
        var breakout = reflection.All(p => p.Audience == PromptAudience.EachBreakoutGroup) ? "breakout " : "";
        var questions = string.Join(" and ", reflection.Select(p => $"“{p.Text}”"));
        return new(
            ReportWords.Figure(reactions),
            $"reactions on {breakout}reflection question",
            $"Reactions in the room to the {answers} {ReportWords.Plural(answers, "answer", "answers")} to {questions}.");
    }

    private static ReportFigure Connections(SessionFacts f) =>
        new(
            ReportWords.Figure(f.Connections.Count),
            $"concrete {ReportWords.Plural(f.Connections.Count, "connection", "connections")} brokered in the room",
            $"Connections recorded as brokered at {SessionWords.Name(f.Session)}.");

    private static ReportFigure Themes(SessionFacts f)
    {
        var (deepening, fresh) = Split(f);
        if (f.Themes.Count == 0)
        {
            return new(NotRecorded, "thematic threads", $"No contributions from {SessionWords.Name(f.Session)} have been put in a theme yet.", Gap: true);
        }

        return new(
            ReportWords.Figure(f.Themes.Count),
            $"thematic {ReportWords.Plural(f.Themes.Count, "thread", "threads")} — {ThemeTimeline.Summary(deepening, fresh)}",
            "Themes with contributions from this session: deepening when the theme had contributions at an earlier session, new when first heard here.");
    }

    private static (int Deepening, int New) Split(SessionFacts f) =>
        (f.Themes.Count(t => t.Status == ThemeStatus.Deepening), f.Themes.Count(t => t.Status == ThemeStatus.New));

    private static ReportSection WhatWeDid(SessionFacts f)
    {
        var s = f.Session;
        var sentences = new List<string>
        {
            $"{ReportWords.Ordinal(s.Number) ?? SessionWords.Name(s)}{(ReportWords.Ordinal(s.Number) is null ? "" : " session")} of the {s.Community.Name}, {ReportWords.Format(s.Format)}.",
        };
        if (f.Attendance is { Recorded: true } now)
        {
            var held = HeldFrom(now, f.Previous);
            sentences.Add(held is null
                ? $"{now.Attended} participants attended."
                : $"{now.Attended} participants attended — attendance {held.Replace("holding", "held", StringComparison.Ordinal)}.");
        }
        else
        {
            sentences.Add("Attendance was not recorded.");
        }

        if (f.FirstWithBreakouts)
        {
            sentences.Add($"First session with breakout rooms ({f.BreakoutGroups} {ReportWords.Plural(f.BreakoutGroups, "group", "groups")}).");
        }

        if (CoLedBy(f.CoLeads) is { } coLed)
        {
            sentences.Add(coLed);
        }

        if (f.PrinciplesIntroduced.Count > 0)
        {
            sentences.Add($"Introduced {(f.Previous is null ? "" : "new ")}discussion principles ({string.Join(", ", f.PrinciplesIntroduced.Select(p => p.ToLowerInvariant()))}).");
        }

        if (f.Connections.Count > 0)
        {
            sentences.Add(f.Connections.Count == 1 ? "One connection was brokered in the room." : $"{ReportWords.Count(f.Connections.Count)} connections were brokered in the room.");
        }

        return new("What we did", [new ReportLine(string.Join(" ", sentences), Source: "The session, its register, breakout groups, co-leads and the charter's discussion principles.")]);
    }

    // "Co-led by Ana Lopez and a peer support worker"; co-leads who may not be named are counted.
    public static string? CoLedBy(IReadOnlyList<CoLead> coLeads)
    {
        if (coLeads.Count == 0)
        {
            return null;
        }

        var named = coLeads.Select(c => c.Named).OfType<string>().ToList();
        var others = coLeads.Count - named.Count;
        if (others > 0)
        {
            named.Add(others == 1 ? (named.Count == 0 ? "a co-lead" : "another co-lead") : $"{ReportWords.Count(others).ToLowerInvariant()} {(named.Count == 0 ? "" : "other ")}co-leads");
        }

        return $"Co-led by {ReportWords.List(named)}.";
    }

    private static ReportSection WhatWeHeard(SessionFacts f)
    {
        if (f.Themes.Count == 0)
        {
            return new("What we heard", [new ReportLine("No themes have been drawn from this session yet.", Source: "Themes")]);
        }

        var (deepening, fresh) = Split(f);
        var earlier = f.Previous is { } p ? $" from Session {p.Number}" : "";
        var lines = new List<ReportLine>
        {
            new($"{ReportWords.Count(f.Themes.Count)} thematic {ReportWords.Plural(f.Themes.Count, "thread", "threads")} — {Split(deepening, fresh, earlier)}:"),
        };
        lines.AddRange(f.Themes.OrderBy(t => t.Status == ThemeStatus.New ? 1 : 0).ThenBy(t => t.Line.Theme.Title, StringComparer.CurrentCultureIgnoreCase).Select(Heard));
        return new("What we heard", lines);
    }

    private static string Split(int deepening, int fresh, string earlier) =>
        (deepening, fresh) switch
        {
            (_, 0) => $"{deepening} deepening{earlier}",
            (0, _) => $"{fresh} new",
            _ => $"{deepening} deepening{earlier}, {fresh} new",
        };

    public static ReportLine Heard(HeardTheme theme)
    {
        var lead = theme.Line.Theme.Title
                   + (theme.NotUpheld switch { 0 => "", 1 => " — including one request not upheld", var n => $" — including {ReportWords.Count(n).ToLowerInvariant()} requests not upheld" })
                   + (theme.Status == ThemeStatus.New ? " [new]" : "");
        var words = new List<string> { theme.Line.Theme.Gist?.Trim() is { Length: > 0 } gist ? Sentence(gist) : $"{theme.Contributions} {ReportWords.Plural(theme.Contributions, "contribution", "contributions")} at this session." };
        if (theme.Status == ThemeStatus.Deepening)
        {
            words.Add($"Heard at {theme.Line.SessionsHeardIn} sessions so far.");
        }

        words.AddRange(theme.Quotes.Take(1).Select(q => q.By is null ? $"‘{q.Words.Trim()}’" : $"‘{q.Words.Trim()}’ ({q.By})"));
        return new ReportLine(string.Join(" ", words), ReportLineStyle.Bullet, lead, $"Theme “{theme.Line.Theme.Title}”: {theme.Contributions} {ReportWords.Plural(theme.Contributions, "contribution", "contributions")} at this session.");
    }

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static ReportSection BeginningToHappen(SessionFacts f)
    {
        var lines = new List<ReportLine>();
        lines.AddRange(f.Connections.Select(c => new ReportLine($"Connection brokered: {c.Linked}", ReportLineStyle.Bullet, Source: "Connections brokered at this session")));
        if (f.NextActions.Respondents > 0)
        {
            lines.Add(new ReportLine(
                $"{f.NextActions.Named} of {f.NextActions.Respondents} {ReportWords.Plural(f.NextActions.Respondents, "respondent", "respondents")} named concrete next actions to take back into work",
                ReportLineStyle.Bullet,
                Source: "Feedback after the session"));
        }

        lines.AddRange(f.DoneSincePrevious.Select(l => new ReportLine($"Done: {l.Ask.Words}", ReportLineStyle.Bullet, Source: "“You said, we did”: done since the previous session")));
        lines.AddRange(f.Resources.Select(r => new ReportLine(
            r.Kind == ResourceKind.Event ? $"External event invitation shared with the group: {r.Title}" : $"Shared with the group: {r.Title}",
            ReportLineStyle.Bullet,
            Source: "Resources tagged to this session")));
        if (lines.Count == 0)
        {
            return new("What is beginning to happen", [new ReportLine("Nothing recorded yet: no connections, feedback, completed requests or shared resources for this session.", Source: "Connections, feedback, the ledger and resources")]);
        }

        return new("What is beginning to happen", [new ReportLine("Early signs of shared practice forming:"), .. lines]);
    }

    private static ReportSection WhatHappensNext(SessionFacts f)
    {
        var lines = new List<ReportLine>();
        if (f.Next is { } next)
        {
            var name = SessionWords.Name(next);
            lines.Add(new ReportLine($"{name} on {SessionWords.ShortDate(next.StartsAt)}", ReportLineStyle.NextStep, Source: "The community's sessions"));
            if (f.NextAcknowledges)
            {
                lines.Add(new ReportLine($"{name} acknowledges what we heard and what we have changed", ReportLineStyle.NextStep, Source: "“You said, we did”: changes not yet acknowledged at a session"));
            }
        }

        lines.AddRange(f.InProgressWithDueDates.Select(l => new ReportLine(
            $"{l.Ask.Words.Trim()} (due {AskRules.Due(l.Ask.DueOn!.Value)})", ReportLineStyle.NextStep, Source: "“You said, we did”: in progress")));
        if (f.PreparationMeetingsBetween)
        {
            lines.Add(new ReportLine("Lived-expert preparation meetings in the off-months between sessions", ReportLineStyle.NextStep, Source: "The community's calendar"));
        }

        return new("What happens next", lines.Count == 0 ? [new ReportLine("No next session is planned yet.", ReportLineStyle.NextStep, Source: "The community's sessions")] : lines);
    }
}
