using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Core.People;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Core.SystemMap;
using Roundtable.Core.Themes;

namespace Roundtable.Core.DemoData;

// Lays each demo community's story through the use cases its co-leads and members would use in
// the app, so the demo keeps their rules. They run on the story's clock: a community starts a few
// weeks before its first meeting, who came is recorded as each meeting ends, and places at the
// next one are taken today.
public sealed class DemoDataLoader(
    RoundtableDb db, UserManager<Person> users, RoleManager<IdentityRole<Guid>> roles, SessionEmails emails, TimeProvider clock,
    IEnumerable<Reports.IReportDrafter> drafters)
{
    private static readonly TimeSpan LeadIn = TimeSpan.FromDays(28);
    private static readonly TimeOnly MorningOfPlanning = new(10, 0);
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private readonly StoryClock story = new();

    // Loads only into an empty database, so a restart never duplicates anything and a real
    // installation that has communities of its own is never touched.
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Communities.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        story.MoveTo(now);
        var accounts = new Accounts(users, roles, story);
        var admin = await accounts.FindOrCreateAsync(DemoCommunities.AdminEmail);
        admin.DisplayName ??= "Demo site admin";
        await accounts.MakeSiteAdminAsync(admin);

        foreach (var demo in DemoCommunities.All)
        {
            await LoadAsync(demo, now, cancellationToken);
        }

        return true;
    }

    private async Task LoadAsync(DemoCommunities.DemoCommunity demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = DemoSessions.All.SingleOrDefault(p => p.Slug == demo.Slug);
        var dated = plan?.Dated(UkTimeZone.DateOf(now)) ?? [];
        var series = Series(dated);
        story.MoveTo(series.Count > 0 ? PlannedAt(dated[series[0][0]].Date) : now);

        IReadOnlyList<DemoCommunities.DemoPerson> everyone =
            [.. demo.People, .. Enumerable.Range(0, plan?.ExtraMembers ?? 0).Select(DemoSessions.ExtraMember)];
        var accounts = new Accounts(users, roles, story);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var demoPerson in everyone)
        {
            var person = await accounts.FindOrCreateAsync(demoPerson.Email);
            person.DisplayName ??= demoPerson.Name;
            people[demoPerson.Email] = person;
        }

        await db.SaveChangesAsync(cancellationToken);

        var founder = people[demo.People.First(p => p.Role == CommunityRole.CoLead).Email];
        var charters = new Charters(db, story);
        var founded = await new CommunityFounding(db, charters, story).FoundAsync(
            new CommunityFounding.Request(demo.Name, demo.Slug, demo.Purpose, demo.Region, demo.Contact, CommunityVisibility.Listed),
            founder.Id,
            cancellationToken);
        var community = founded.Community
            ?? throw new InvalidOperationException($"{demo.Slug} was not founded: {founded.Outcome} {string.Join("; ", founded.Problems.Select(p => p.Message))}");

        var identities = new CommunityIdentities(db, story);
        foreach (var extra in demo.ExtraIdentities)
        {
            await identities.AddAsync(community.Id, Guid.Empty, extra.Name, extra.Kind, isPriority: false, cancellationToken);
        }

        var options = await identities.AllAsync(community.Id, cancellationToken);
        foreach (var option in options.Where(o => demo.Priorities.Contains(o.Name)))
        {
            await identities.SetPriorityAsync(option, isPriority: true, cancellationToken);
        }

        var memberships = new Dictionary<string, Membership>(StringComparer.Ordinal);
        foreach (var demoPerson in everyone)
        {
            memberships[demoPerson.Email] = await JoinAsync(community, founder, people[demoPerson.Email], demoPerson, options, cancellationToken);
        }

        var subGroups = new SubGroups(db, story);
        foreach (var group in demo.SubGroups)
        {
            var started = await subGroups.CreateAsync(community.Id, Guid.Empty, group.Name, group.Purpose, cancellationToken);
            var subGroup = await subGroups.FindAsync(community.Id, started.Id ?? Guid.Empty, cancellationToken)
                ?? throw new InvalidOperationException($"{demo.Slug}'s sub-group {group.Name} was not started: {started.Outcome}");
            foreach (var email in group.MemberEmails)
            {
                await subGroups.JoinAsync(subGroup, memberships[email], cancellationToken);
            }
        }

        await DemoMap.LayAsync(new MapEntries(db, story), community.Id, demo.Slug, founder.Id, memberships, cancellationToken);

        // The charter's page adds these itself: Core has no use case for them to go through.
        foreach (var item in demo.ToBeConfirmed)
        {
            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = item.SectionKey,
                Text = item.Text,
                DueOn = UkTimeZone.DateOf(now).AddDays(item.DueInDays),
                ConfirmedWith = item.ConfirmedWith,
                CreatedById = founder.Id,
                CreatedAt = story.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        var version = 1;
        foreach (var edit in demo.CharterEdits)
        {
            var saved = await charters.SaveSectionAsync(community.Id, edit.SectionKey, edit.Body, edit.Note, version, people[edit.AuthorEmail].Id, cancellationToken: cancellationToken);
            version = ((CharterSave.Saved)saved).Version.Number;
        }

        if (plan is not null)
        {
            var members = memberships.Values.OrderBy(m => people.Values.Single(p => p.Id == m.PersonId).Email).ToList();
            var sessions = await HoldMeetingsAsync(community, plan, dated, series, members, founder.Id, now, cancellationToken);
            if (demo.Slug == DemoThemes.Community)
            {
                var rooms = new DemoRooms(db, members);
                await HearThemesAsync(rooms, community, sessions, dated, founder.Id, now, cancellationToken);
                await DemoHeard.LayAsync(db, story, rooms, community, sessions, founder.Id, cancellationToken);
                story.MoveTo(now);
                await DemoAsks.LayAsync(db, story, community, sessions, now, cancellationToken);
                await DemoConnections.LayAsync(db, story, community, sessions, founder.Id, cancellationToken);
                await DemoResources.ShareAsync(db, community, sessions, founder.Id, now, cancellationToken);
                await DemoEmailList.SubscribeAsync(db, community, founder.Id, now, cancellationToken);
                await DemoReports.PublishAsync(db, story, community, sessions, founder.Id, drafters, cancellationToken);
            }
        }
    }

    // Invited by the founder and accepted, then their profile as they would fill it in.
    private async Task<Membership> JoinAsync(
        Community community, Person founder, Person person, DemoCommunities.DemoPerson demo, IReadOnlyCollection<IdentityOption> options,
        CancellationToken cancellationToken)
    {
        var memberships = new Memberships(db, story);
        if (person.Id != founder.Id)
        {
            var inviting = new Inviting(db, memberships, story);
            if (await inviting.SendAsync(community.Id, demo.Email, demo.Role, demo.LivedExpertGroup, founder.Id, Guid.Empty, cancellationToken: cancellationToken)
                    is not InvitationSend.Sent sent
                || await inviting.AcceptAsync(sent.Token, person.Id, cancellationToken) is not InvitationAcceptance.Joined)
            {
                throw new InvalidOperationException($"{demo.Email} could not join {community.Slug}.");
            }
        }

        var membership = await db.Memberships.Include(m => m.Identities)
            .SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id, cancellationToken);
        if (person.Id == founder.Id && demo.LivedExpertGroup)
        {
            await memberships.SetLivedExpertGroupAsync(community.Id, membership.Id, inGroup: true, cancellationToken);
            await db.Entry(membership).ReloadAsync(cancellationToken);
        }

        Profiles.Save(
            db,
            membership,
            options,
            new Profiles.Details(
                [.. (demo.Identities ?? []).Select(name => options.Single(o => o.Name == name).Id)],
                demo.Organisation,
                demo.JobRole,
                demo.Naming,
                demo.AccessNeeds,
                OtherAccessNeeds: null,
                new Consents.Choice(demo.ContactConsent, demo.QuoteConsent, Photos: false),
                demo.Offers,
                demo.LookingFor),
            story.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    // Sessions and preparation meetings, with who came to the past ones and who is booked for
    // the next. How many came, and how many came back, are fixed, so the figures are the same on
    // every machine; which of the members they were is spread across them.
    private async Task<Session[]> HoldMeetingsAsync(
        Community community, DemoSessions.Plan plan, IReadOnlyList<(DemoSessions.DemoMeeting Meeting, DateOnly Date)> dated,
        List<List<int>> series, List<Membership> members, Guid founderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planner = new SeriesPlanner(db, story);
        var signingUp = new SigningUp(db, story, emails);
        var schedule = new SessionSchedule(db, story, signingUp, emails);
        var attendance = new AttendanceRecords(db, story);
        var sessions = new Session[dated.Count];
        var previous = new List<Guid>();
        var everCame = new HashSet<Guid>();

        // The co-leads come to every meeting, as the seed's did, so a briefing can say who co-led it.
        var coLeads = members.Where(m => m.Role == CommunityRole.CoLead).Select(m => m.PersonId).ToHashSet();

        // Each series is planned a few weeks before its first meeting, and who came is recorded as
        // each meeting ends, in the order the story has them.
        var steps = series.Select(run => (At: PlannedAt(dated[run[0]].Date), Run: run, Held: -1))
            .Concat(Enumerable.Range(0, dated.Count)
                .Where(i => dated[i].Meeting.Turnout is not null)
                .Select(i => (At: UkTimeZone.ToUtc(dated[i].Date, dated[i].Meeting.End), Run: new List<int>(), Held: i)))
            .OrderBy(step => step.At).ThenBy(step => step.Held)
            .ToList();
        foreach (var (at, run, held) in steps)
        {
            story.MoveTo(at);
            if (held < 0)
            {
                await PlanAsync(planner, schedule, community, plan, dated, run, sessions, founderId, cancellationToken);
                continue;
            }

            var session = sessions[held];
            var turnout = dated[held].Meeting.Turnout!;
            var stayed = previous.OrderBy(id => coLeads.Contains(id) ? 0 : 1).ThenBy(id => Spread(id, session.Number)).Take(turnout.FromPrevious).ToList();
            var joined = members.Select(m => m.PersonId)
                .Where(id => !previous.Contains(id))
                .OrderBy(id => coLeads.Contains(id) ? 0 : 1).ThenBy(id => everCame.Contains(id) ? 1 : 0).ThenBy(id => Spread(id, session.Number))
                .Take(turnout.Attended - stayed.Count);
            previous = [.. stayed, .. joined];
            everCame.UnionWith(previous);
            var marked = await attendance.MarkAsync(
                session, new AttendanceRecords.Marks([.. members.Select(m => m.PersonId)], previous, [], []), founderId, cancellationToken);
            if (marked.Change != AttendanceChange.Done)
            {
                throw new InvalidOperationException($"Attendance at {community.Slug}'s session {session.Number} was not recorded: {marked.Refusal}");
            }
        }

        story.MoveTo(now);
        var editor = new RunningOrderEditor(db);
        for (var i = 0; i < dated.Count; i++)
        {
            var (meeting, session) = (dated[i].Meeting, sessions[i]);
            if (meeting.RunningOrder is { } template)
            {
                await PrepareRunningOrderAsync(editor, session, template, meeting.Presenter, cancellationToken);
            }

            foreach (var member in members.OrderBy(m => Spread(m.PersonId, session.Number)).Take(meeting.SignUps))
            {
                var signedUp = await signingUp.SignUpAsync(session, member.PersonId, new SigningUp.Request(member.AccessNeeds, null), cancellationToken);
                if (signedUp.Outcome != SigningUp.Outcome.Booked)
                {
                    throw new InvalidOperationException($"A place at {community.Slug}'s session {session.Number} was not booked: {signedUp.Refusal}");
                }
            }

            if (plan.GroupsForNext && meeting.Day.MonthsFromNext == 0)
            {
                await GroupNamesakesAsync(signingUp, session, members, cancellationToken);
            }
        }

        return sessions;
    }

    // What was said in the rooms of the last sessions held, as each room kept it, and the themes a
    // co-lead found in it afterwards, through the use cases a co-lead would use.
    private async Task HearThemesAsync(
        DemoRooms rooms, Community community, Session[] sessions, IReadOnlyList<(DemoSessions.DemoMeeting Meeting, DateOnly Date)> dated,
        Guid founderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = Enumerable.Range(0, sessions.Length)
            .Where(i => sessions[i].Kind == SessionKind.Session && dated[i].Meeting.Turnout is not null && sessions[i].EndsAt <= now)
            .Select(i => sessions[i]).ToList();
        if (held.Count < 3)
        {
            return;
        }

        Guid Say(int sessionsAgo, string text, bool anonymous) => rooms.Say(held[held.Count - 1 - sessionsAgo], text, anonymous).Id;

        var said = DemoThemes.Found.Select(theme => theme.Said.Select(s => Say(s.SessionsAgo, s.Text, s.Anonymous)).ToList()).ToList();
        foreach (var text in DemoThemes.NotYetInATheme)
        {
            Say(0, text, anonymous: false);
        }

        await db.SaveChangesAsync(cancellationToken);

        story.MoveTo(held[^1].EndsAt.AddDays(2));
        var decisions = new ThemeDecisions(db, story);
        for (var i = 0; i < DemoThemes.Found.Count; i++)
        {
            var theme = DemoThemes.Found[i];
            var made = await decisions.CreateAsync(community.Id, new ThemeDecisions.NewTheme(theme.Title, theme.Gist, said[i]), founderId, cancellationToken);
            if (made.Outcome != ThemeOutcome.Saved)
            {
                throw new InvalidOperationException($"{community.Slug}'s theme {theme.Title} was not made: {made.Outcome}");
            }

            if (theme.Quote is { } quote)
            {
                await decisions.QuoteAsync(community.Id, made.Theme!.Id, said[i][quote], quoted: true, cancellationToken);
            }
        }

        story.MoveTo(now);
    }

    // The two members who go by the same first name take places at the session and share a
    // breakout group, so the plan shows how a facilitator tells them apart.
    private async Task GroupNamesakesAsync(SigningUp signingUp, Session session, List<Membership> members, CancellationToken cancellationToken)
    {
        var ids = members.Select(m => m.PersonId).ToList();
        var namesakes = await db.Users.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.DisplayName!.StartsWith(DemoSessions.Namesake + " "))
            .OrderBy(p => p.DisplayName).Select(p => p.Id).ToListAsync(cancellationToken);
        if (namesakes.Count < 2)
        {
            throw new InvalidOperationException($"The demo has {namesakes.Count} members called {DemoSessions.Namesake}, not two.");
        }

        foreach (var member in members.Where(m => namesakes.Contains(m.PersonId)))
        {
            await signingUp.SignUpAsync(session, member.PersonId, new SigningUp.Request(member.AccessNeeds, null), cancellationToken);
        }

        var breakouts = new BreakoutGroups(db);
        await breakouts.ProposeAsync(session, BreakoutPlanner.DefaultMin, BreakoutPlanner.DefaultMax, keepQuietTogether: true, cancellationToken);
        var groups = await breakouts.GroupsAsync(session, cancellationToken);
        var first = groups.Single(g => g.Members.Any(m => m.Person.Id == namesakes[0]));
        if (first.Members.All(m => m.Person.Id != namesakes[1]))
        {
            await breakouts.MoveAsync(session, namesakes[1], first.Number, newGroup: false, cancellationToken);
        }
    }

    // One series as a co-lead plans it (its dates typed in), then each of its meetings described.
    private static async Task PlanAsync(
        SeriesPlanner planner, SessionSchedule schedule, Community community, DemoSessions.Plan plan,
        IReadOnlyList<(DemoSessions.DemoMeeting Meeting, DateOnly Date)> dated, List<int> run, Session[] sessions, Guid founderId,
        CancellationToken cancellationToken)
    {
        var held = run.Where(i => dated[i].Meeting.Kind == SessionKind.Session).ToList();
        var (first, preparation) = (dated[held[0]], run.Select(i => dated[i].Meeting).FirstOrDefault(m => m.Kind == SessionKind.PreparationMeeting));
        var planned = await planner.PlanAsync(
            community.Id,
            new SeriesPlan(
                Key: null,
                Name: $"{held.Count} sessions from {first.Date.ToString("MMMM yyyy", British)}",
                Rhythm: RhythmKind.ExplicitDates,
                FirstMonth: null,
                FirstYear: null,
                IntervalMonths: null,
                Weekday: null,
                WeekOfMonth: null,
                Count: null,
                Dates: string.Join('\n', held.Select(i => dated[i].Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
                StartTime: Time(first.Meeting.Start),
                EndTime: Time(first.Meeting.End),
                Format: plan.Format,
                WithPreparationMeetings: preparation is not null,
                PreparationStartTime: preparation is null ? null : Time(preparation.Start),
                PreparationEndTime: preparation is null ? null : Time(preparation.End)),
            founderId,
            cancellationToken);
        if (planned.Outcome != SeriesPlanner.Outcome.Planned)
        {
            throw new InvalidOperationException($"{community.Slug}'s series was not planned: {string.Join("; ", planned.Problems.Select(p => p.Message))}");
        }

        foreach (var i in run)
        {
            var (meeting, date) = dated[i];
            var made = planned.Meetings.SingleOrDefault(s => s.Kind == meeting.Kind && UkTimeZone.DateOf(s.StartsAt) == date)
                ?? throw new InvalidOperationException($"{community.Slug}'s series has no {meeting.Kind} on {date}, as the demo has it.");
            var current = await schedule.FindAsync(community.Id, made.Kind, made.Number, cancellationToken);
            var isSession = meeting.Kind == SessionKind.Session;
            var changed = await schedule.ChangeAsync(
                made.Id,
                SessionEdit.Of(current!) with
                {
                    Topic = meeting.Topic,
                    StartTime = Time(meeting.Start),
                    EndTime = Time(meeting.End),
                    Format = isSession ? plan.Format : SessionFormat.Online,
                    MeetingLink = plan.Format == SessionFormat.InPerson && isSession ? null : $"https://meet.example.org/{community.Slug}",
                    Venue = isSession ? plan.Venue?.Venue : null,
                    Directions = isSession ? plan.Venue?.Directions : null,
                    StepFreeAccess = isSession ? plan.Venue?.StepFree : null,
                    QuietRoom = isSession ? plan.Venue?.QuietRoom : null,
                    Capacity = isSession ? plan.Capacity : null,
                },
                cancellationToken);
            sessions[i] = changed.Outcome is SessionSchedule.Outcome.Saved or SessionSchedule.Outcome.Unchanged
                ? changed.Current!
                : throw new InvalidOperationException(
                    $"{community.Slug}'s {meeting.Kind} on {date} was not described: {changed.Outcome} {string.Join("; ", changed.Problems?.Select(p => p.Message) ?? [])}");
        }
    }

    // From the template, then naming who presents.
    private async Task PrepareRunningOrderAsync(
        RunningOrderEditor editor, Session session, RunningOrderTemplate template, string? presenter, CancellationToken cancellationToken)
    {
        var started = await editor.UseTemplateAsync(session.Id, new TemplateChoice(template.Key, Replace: false, SeenVersion: null), cancellationToken);
        if (started.Outcome != RunningOrderEditor.Outcome.Saved)
        {
            throw new InvalidOperationException($"Session {session.Number}'s running order was not started: {started.Outcome}");
        }

        if (presenter is null)
        {
            return;
        }

        var items = await db.RunningOrderItems.AsNoTracking().Where(i => i.SessionId == session.Id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var named = await editor.SaveAsync(
            session.Id,
            new RunningOrderEdit(
                [.. items.Select(i => new RunningOrderItemEdit(
                    i.Id, i.Position, i.Title, i.Minutes, i.Kind, i.Kind == RunningOrderItemKind.Presentation ? presenter : i.Presenter, i.Notes))],
                RunningOrderRules.Fingerprint(items)),
            cancellationToken);
        if (named.Outcome != RunningOrderEditor.Outcome.Saved)
        {
            throw new InvalidOperationException($"Session {session.Number}'s presenter was not named: {string.Join("; ", named.Problems.Select(p => p.Message))}");
        }
    }

    // The demo's meetings as a co-lead would plan them, a series at a time: sessions with a
    // preparation meeting in each month between, or sessions with none. Indexes into dated.
    private static List<List<int>> Series(IReadOnlyList<(DemoSessions.DemoMeeting Meeting, DateOnly Date)> dated)
    {
        var order = Enumerable.Range(0, dated.Count).OrderBy(i => dated[i].Date).ToList();
        bool IsPreparation(int position) => position >= 0 && position < order.Count && dated[order[position]].Meeting.Kind == SessionKind.PreparationMeeting;
        var series = new List<List<int>>();
        for (var position = 0; position < order.Count; position++)
        {
            var current = series.Count == 0 ? null : series[^1];
            var startsAnother = !IsPreparation(position) && !IsPreparation(position - 1)
                && (IsPreparation(position + 1) || current?.Any(i => dated[i].Meeting.Kind == SessionKind.PreparationMeeting) == true);
            if (current is null || startsAnother)
            {
                series.Add([order[position]]);
            }
            else
            {
                current.Add(order[position]);
            }
        }

        return series;
    }

    private static DateTimeOffset PlannedAt(DateOnly firstMeeting) => UkTimeZone.ToUtc(firstMeeting.AddDays(-LeadIn.Days), MorningOfPlanning);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    // A stable order that differs from session to session.
    private static int Spread(Guid id, int number) => (id.GetHashCode() ^ (number * 7919)) & int.MaxValue;
}
