using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Reports;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Reports;

// Builds what a session leaves behind (a register, a room, prompts, reactions, themes, feedback),
// written straight to the database in a few saves, so a report's numbers are known in advance.
internal static class ReportsTestData
{
    public static async Task<ReportDocument?> DraftAsync(this RoundtableApp app, ReportKind kind, Community community, params Session[] sessions)
    {
        ReportDocument? document = null;
        await app.WithScopeAsync(async services =>
        {
            var drafter = services.GetServices<IReportDrafter>().Single(d => d.Kind == kind);
            document = await drafter.DraftAsync(new ReportSubject(community.Id, sessions.Select(s => s.Id).ToList()), CancellationToken.None);
        });
        return document;
    }

    // The kinds drafted about one session (every kind but the series report), as registered.
    public static async Task<IReadOnlyList<ReportKind>> SessionReportKindsAsync(this RoundtableApp app)
    {
        IReadOnlyList<ReportKind> kinds = [];
        await app.WithScopeAsync(services =>
        {
            kinds = services.GetServices<IReportDrafter>().Select(d => d.Kind).Where(k => k != ReportKind.SeriesReport).ToList();
            return Task.CompletedTask;
        });
        return kinds;
    }

    // A request heard in a theme, created before the session and not upheld at it.
    public static Task NotUpheldAsync(this RoundtableApp app, Community community, Theme theme, Session session, Guid byId) =>
        app.WithDbAsync(async db =>
        {
            var ask = new Ask
            {
                CommunityId = community.Id, Words = "Captions on every video we share", Source = AskSource.Theme, ThemeId = theme.Id, Status = AskStatus.NotUpheld,
                CreatedAt = session.StartsAt.AddDays(-30), CreatedById = byId, SubmissionKey = Guid.NewGuid(),
            };
            ask.Changes.Add(new AskChange { To = AskStatus.Open, Decision = new Decision(byId, ask.CreatedAt) });
            ask.Changes.Add(new AskChange { From = AskStatus.Open, To = AskStatus.NotUpheld, Decision = new Decision(byId, session.EndsAt, "We cannot caption live video yet") });
            db.Asks.Add(ask);
            return await db.SaveChangesAsync();
        });

    // Every word a reader sees or can check, to look for names that must not be there.
    public static string AllText(this ReportDocument document) =>
        string.Join("\n", new[] { document.Title, document.TitleLine }
            .Concat(document.Figures.SelectMany(f => new[] { f.Value, f.Label, f.Source }))
            .Concat(document.Sections.SelectMany(s => s.Lines.SelectMany(l => new[] { s.Heading, l.Lead, l.Text, l.Source })))
            .OfType<string>());

    public static ReportSection Section(this ReportDocument document, string heading) => document.Sections.Single(s => s.Heading == heading);

    // Members, each with a membership as given, in one save.
    public static Task<List<Person>> MembersAsync(
        this RoundtableApp app, Community community, int count, string stem,
        CommunityRole role = CommunityRole.Member, Naming naming = Naming.FirstName, QuoteConsent quote = QuoteConsent.NotQuoted,
        string? jobRole = null, bool photoConsent = false) =>
        app.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(1, count).Select(i =>
            {
                var email = $"{TestData.Unique(stem.Replace(' ', '.').ToLowerInvariant())}@example.org";
                return new Person
                {
                    Id = Guid.CreateVersion7(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                    NormalizedEmail = email.ToUpperInvariant(), DisplayName = count == 1 ? stem : $"{stem} {i}", CreatedAt = app.Clock.GetUtcNow(),
                };
            }).ToList();
            db.Users.AddRange(people);
            db.Memberships.AddRange(people.Select(p => new Membership
            {
                CommunityId = community.Id, PersonId = p.Id, Role = role, Naming = naming, QuoteConsent = quote, JobRole = jobRole,
                PhotoConsent = photoConsent, JoinedAt = app.Clock.GetUtcNow(),
            }));
            await db.SaveChangesAsync();
            return people;
        });

    public static Task CameAsync(this RoundtableApp app, Session session, IEnumerable<Person> people, int guests = 0) =>
        app.WithDbAsync(async db =>
        {
            db.Attendance.AddRange(people.Select(p => new Attendee
            {
                SessionId = session.Id, PersonId = p.Id, Source = AttendanceSource.Marked, RecordedById = p.Id, RecordedAt = session.EndsAt,
            }));
            db.Attendance.AddRange(Enumerable.Range(1, guests).Select(i => new Attendee
            {
                SessionId = session.Id, GuestName = $"Guest {i}", Source = AttendanceSource.Marked, RecordedById = session.CommunityId, RecordedAt = session.EndsAt,
            }));
            return await db.SaveChangesAsync();
        });

    public static Task<Room> RoomAsync(this RoundtableApp app, Session session) =>
        app.WithDbAsync(async db =>
        {
            var room = new Room { SessionId = session.Id, State = RoomState.Closed, CreatedAt = session.StartsAt, OpenedAt = session.StartsAt, ClosedAt = session.EndsAt };
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            return room;
        });

    public static Task<RoomPrompt> PromptAsync(this RoundtableApp app, Room room, PromptKind kind, string text, Guid byId, PromptAudience audience = PromptAudience.Everyone) =>
        app.WithDbAsync(async db =>
        {
            var prompt = new RoomPrompt { RoomId = room.Id, Kind = kind, Text = text, Audience = audience, OpenedById = byId, OpenedAt = room.OpenedAt!.Value };
            db.RoomPrompts.Add(prompt);
            await db.SaveChangesAsync();
            return prompt;
        });

    // Contributions to the room, numbered on from its last; each by the given person (null: anonymous).
    public static Task<List<Contribution>> SaidAsync(
        this RoundtableApp app, Room room, IEnumerable<(string Text, Guid? By)> said, RoomPrompt? prompt = null, ContributionKind kind = ContributionKind.Text) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.Rooms.SingleAsync(r => r.Id == room.Id);
            var contributions = said.Select(s => new Contribution
            {
                Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = ++tracked.LastSequence, PromptId = prompt?.Id,
                Kind = prompt is null ? kind : ContributionKind.Answer, PersonId = s.By, Anonymous = s.By is null,
                Text = s.Text, CreatedAt = room.OpenedAt!.Value,
            }).ToList();
            db.Contributions.AddRange(contributions);
            await db.SaveChangesAsync();
            return contributions;
        });

    // Reactions of one kind from so many different people, spread over the contributions in turn.
    public static Task ReactedAsync(this RoundtableApp app, Room room, IReadOnlyList<Contribution> to, int count) =>
        app.WithDbAsync(async db =>
        {
            db.Reactions.AddRange(Enumerable.Range(0, count).Select(i => new Reaction
            {
                RoomId = room.Id, ContributionId = to[i % to.Count].Id, ReactorId = Guid.NewGuid(), Kind = ReactionKind.Agree, Sequence = i, CreatedAt = room.OpenedAt!.Value,
            }));
            return await db.SaveChangesAsync();
        });

    public static Task<Theme> ThemeAsync(this RoundtableApp app, Community community, string title, string? gist, Guid byId, IEnumerable<Contribution> heard, Contribution? quoted = null) =>
        app.WithDbAsync(async db =>
        {
            var theme = new Theme { CommunityId = community.Id, Title = title, Gist = gist, CreatedAt = app.Clock.GetUtcNow(), CreatedById = byId };
            db.Themes.Add(theme);
            db.ThemeContributions.AddRange(heard.Append(quoted).OfType<Contribution>().DistinctBy(c => c.Id).Select(c => new ThemeContribution
            {
                ThemeId = theme.Id, ContributionId = c.Id, AssignedById = byId, AssignedAt = app.Clock.GetUtcNow(), Quoted = c.Id == quoted?.Id,
            }));
            await db.SaveChangesAsync();
            return theme;
        });

    public static Task FeedbackAsync(this RoundtableApp app, Session session, IEnumerable<Person> answered, int namingANextAction) =>
        app.WithDbAsync(async db =>
        {
            db.SessionFeedback.AddRange(answered.Select((p, i) => new SessionFeedback
            {
                SessionId = session.Id, PersonId = p.Id, Useful = "The breakout rooms", NextAction = i < namingANextAction ? $"Take it to my team ({i})" : null,
                AnsweredAt = session.EndsAt, UpdatedAt = session.EndsAt,
            }));
            return await db.SaveChangesAsync();
        });

    // Brokered as the session ended, or minutesAfter it, so that several come in a known order.
    public static Task ConnectedAsync(this RoundtableApp app, Session session, ConnectionSide from, ConnectionSide to, Guid byId, int minutesAfter = 0) =>
        app.WithDbAsync(async db =>
        {
            db.Connections.Add(new Connection
            {
                CommunityId = session.CommunityId, From = from, To = to, Why = "Carers can shape the service", SessionId = session.Id, BrokeredById = byId,
                BrokeredAt = session.EndsAt.AddMinutes(minutesAfter),
            });
            return await db.SaveChangesAsync();
        });
}
