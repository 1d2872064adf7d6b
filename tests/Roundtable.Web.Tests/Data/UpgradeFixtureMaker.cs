using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Core.Security;
using Roundtable.Core.Sessions;
using Roundtable.Core.Sessions.Calendar;
using Roundtable.Core.SignIn;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Data;

// Made the upgrade fixtures (Data/Fixtures) once, while the hand-written migrations were still
// here: ROUNDTABLE_MAKE_FIXTURE=<file> scripts/test sqlite|postgres --filter UpgradeFixtureMaker.
// Every piece of data goes in through Core's own use cases where there is one, so it is what a
// real installation holds.
public class UpgradeFixtureMaker
{
    [Fact]
    public async Task Make()
    {
        var output = Environment.GetEnvironmentVariable("ROUNDTABLE_MAKE_FIXTURE");
        if (string.IsNullOrEmpty(output))
        {
            return;
        }

        await using var app = await new RoundtableApp().StartAsync();
        var now = app.Clock.GetUtcNow();
        var today = app.Today;

        var admin = await app.CreatePersonAsync("Ada Admin", "ada.admin@example.org");
        await app.MakeSiteAdminAsync(admin);
        var colead = await app.CreatePersonAsync("Chidi Okafor", "chidi.okafor@example.org");
        var facilitator = await app.CreatePersonAsync("Fatima Hussain", "fatima.hussain@example.org");
        var member = await app.CreatePersonAsync("Morgan Price", "morgan.price@example.org");
        var roleOnly = await app.CreatePersonAsync("Riley Shaw", "riley.shaw@example.org");
        var leaver = await app.CreatePersonAsync("Lee Barnes", "lee.barnes@example.org");
        var joiner = await app.CreatePersonAsync("Jo Ellis", "jo.ellis@example.org");

        Community community = null!;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RoundtableDb>();
            community = services.GetRequiredService<CommunityFounding>().Found(
                new CommunityFounding.Details("harbourside", "Harbourside Learning Community", "To learn from each other how to make crisis care kinder.",
                    "Harbourside and district", "harbourside.cop@example.org", CommunityVisibility.Listed),
                colead.Id);
            await db.SaveChangesAsync();
        });

        await app.JoinAsync(community, facilitator, CommunityRole.Facilitator);
        await app.JoinAsync(community, member, CommunityRole.Member, livedExpertGroup: true);
        await app.JoinAsync(community, roleOnly);
        await app.JoinAsync(community, leaver);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RoundtableDb>();
            var memberships = await db.Memberships.Include(m => m.Identities).Where(m => m.CommunityId == community.Id).ToListAsync();
            var options = await db.IdentityOptions.Where(o => o.CommunityId == community.Id).ToListAsync();

            var morgan = memberships.Single(m => m.PersonId == member.Id);
            Profiles.Save(db, morgan, options, new Profiles.Details(
                [options[0].Id, options[1].Id], "Harbourside Carers Network", "Carer", Naming.FirstName,
                AccessNeeds.Captions | AccessNeeds.Breaks, "A seat near the door, please.",
                new Consents.Choice(Contact: true, QuoteConsent.ByRole, Photos: true),
                "Twenty years of caring for my brother", "People who have changed a ward's rules"), now);

            var riley = memberships.Single(m => m.PersonId == roleOnly.Id);
            Profiles.Save(db, riley, options, new Profiles.Details(
                [options[2].Id], "Harbourside NHS Trust", "Ward manager", Naming.RoleOnly,
                AccessNeeds.None, null, new Consents.Choice(Contact: true, QuoteConsent.ByName, Photos: false), null, null), now);

            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = CharterTemplate.OurPurpose,
                Text = "Which wards take part in the first year",
                DueOn = today.AddDays(-3),
                ConfirmedWith = "The trust's lead nurse",
                CreatedById = colead.Id,
                CreatedAt = now,
            });
            db.Outbox.Add(new OutboxMessage { To = "morgan.price@example.org", Subject = "Welcome to Harbourside", Body = "Hello Morgan.", CreatedAt = now });
            await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(async services =>
        {
            var charters = services.GetRequiredService<Charters>();
            await charters.SaveSectionAsync(community.Id, CharterTemplate.OurPurpose,
                "We meet to make crisis care **kinder**, led by people who have used it.", "Our purpose, in our own words", 1, colead.Id);
            var db = services.GetRequiredService<RoundtableDb>();
            db.CharterSuggestions.Add(new CharterSuggestion
            {
                CommunityId = community.Id,
                SectionKey = CharterTemplate.OurValues,
                BasedOnVersion = 2,
                ProposedBody = "We listen first.",
                Reason = "It is what we do already.",
                AuthorId = member.Id,
                CreatedAt = now,
                SubmissionKey = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();

            var subGroups = services.GetRequiredService<SubGroups>();
            var started = await subGroups.CreateAsync(community.Id, Guid.NewGuid(), "Carers' circle", "Carers meeting between sessions");
            var group = (await subGroups.FindAsync(community.Id, started.Id!.Value))!;
            await subGroups.JoinAsync(group, await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == member.Id));

            await services.GetRequiredService<Invitations>().SendAsync(
                community.Id, "ivy.nolan@example.org", CommunityRole.Member, false, colead.Id, Guid.NewGuid(), "Come and meet us.");
            await services.GetRequiredService<JoinRequests>().AskAsync(community, joiner.Id, "I run a crisis café.");
            await services.GetRequiredService<Memberships>().LeaveAsync(community.Id, leaver.Id);
        });

        // Two sessions past (one with attendance marked and a guest, one imported from a report
        // with a row nobody matched, breakouts and a live room), one to come with sign-ups and a
        // waiting list, and a preparation meeting, all in a series.
        Session first = null!, second = null!, next = null!;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RoundtableDb>();
            var series = new Series
            {
                CommunityId = community.Id,
                Name = "Harbourside sessions",
                Rhythm = RhythmKind.EveryFewMonths,
                IntervalMonths = 1,
                Weekday = DayOfWeek.Friday,
                WeekOfMonth = 2,
                StartTime = new TimeOnly(14, 0),
                EndTime = new TimeOnly(16, 0),
                WithPreparationMeetings = true,
                PreparationStartTime = new TimeOnly(10, 0),
                PreparationEndTime = new TimeOnly(11, 0),
                Format = SessionFormat.Hybrid,
                CreatedById = colead.Id,
                CreatedAt = now,
            };
            db.Series.Add(series);
            Session Meeting(SessionKind kind, int number, DateOnly date, int? capacity) => new()
            {
                CommunityId = community.Id,
                SeriesId = series.Id,
                Kind = kind,
                Number = number,
                Topic = kind == SessionKind.Session ? $"Session {number}: what a kind crisis plan looks like" : null,
                StartsAt = UkTimeZone.ToUtc(date, new TimeOnly(14, 0)),
                EndsAt = UkTimeZone.ToUtc(date, new TimeOnly(16, 0)),
                Format = kind == SessionKind.Session ? SessionFormat.Hybrid : SessionFormat.Online,
                MeetingLink = "https://meet.example.org/harbourside",
                Venue = kind == SessionKind.Session ? "Harbourside Library, Room 2" : null,
                Directions = kind == SessionKind.Session ? "Through the main doors, lift to the first floor." : null,
                StepFreeAccess = kind == SessionKind.Session ? true : null,
                QuietRoom = kind == SessionKind.Session ? false : null,
                Capacity = capacity,
                CreatedAt = now,
                UpdatedAt = now,
            };
            first = Meeting(SessionKind.Session, 1, today.AddDays(-28), null);
            second = Meeting(SessionKind.Session, 2, today.AddDays(-1), null);
            next = Meeting(SessionKind.Session, 3, today.AddDays(25), 2);
            db.Sessions.AddRange(first, second, next, Meeting(SessionKind.PreparationMeeting, 1, today.AddDays(10), null));
            await db.SaveChangesAsync();
            await services.GetRequiredService<RunningOrderEditor>().UseTemplateAsync(next.Id, RunningOrderTemplates.Stoke, replace: false, seenFingerprint: null);
        });

        await app.WithScopeAsync(async services =>
        {
            var signUps = services.GetRequiredService<SignUps>();
            await signUps.SignUpAsync(next, member.Id, AccessNeeds.Captions, "A seat near the door, please.");
            await signUps.SignUpAsync(next, roleOnly.Id, AccessNeeds.None, null);
            await signUps.SignUpAsync(next, facilitator.Id, AccessNeeds.None, null);

            var attendance = services.GetRequiredService<AttendanceRecords>();
            await attendance.MarkAsync(first, [colead.Id, facilitator.Id, member.Id, roleOnly.Id], [colead.Id, facilitator.Id, member.Id], [], [], facilitator.Id);
            await attendance.AddGuestAsync(first, "Gina Walsh", facilitator.Id);
            var report = AttendanceReport.Read(Encoding.UTF8.GetBytes("""
                Name,Email
                Chidi Okafor,chidi.okafor@example.org
                Morgan Price,morgan.price@example.org
                Riley Shaw,riley.shaw@example.org
                Una Quinn,una.quinn@example.org
                """), today.AddDays(-1));
            await attendance.ImportAsync(second, report, facilitator.Id);
            await services.GetRequiredService<Breakouts>().ProposeAsync(second, 2, 3, keepQuietTogether: false);

            await services.GetRequiredService<CalendarFeeds>().MakeAsync(member.Id, CalendarFeeds.NewToken());
            await services.GetRequiredService<ApiTokens>().CreateAsync(colead, "Chidi's laptop");
            await services.GetRequiredService<SignInLinks>().IssueAsync("morgan.price@example.org", Guid.NewGuid(), null);
        });

        await app.WithScopeAsync(async services =>
        {
            var rooms = services.GetRequiredService<LiveRooms>();
            var room = await rooms.GetOrCreateAsync(second.Id);
            await rooms.OpenAsync(room.Id);
            var prompts = services.GetRequiredService<Prompts>();
            var scaling = (await prompts.OpenAsync(room.Id, PromptKind.Scaling, "Where are we now, from 1 to 10?", PromptAudience.Everyone, true, facilitator.Id)).Prompt!;
            var reflection = (await prompts.OpenAsync(room.Id, PromptKind.Reflection, "What stayed with you today?", PromptAudience.Everyone, false, facilitator.Id)).Prompt!;

            var contributions = services.GetRequiredService<Contributions>();
            var named = (await contributions.AddAsync(room.Id, Participant.Member(member.Id), new NewContribution(Guid.NewGuid(), reflection.Id, "Being asked, not told."))).Contribution!;
            await contributions.AddAsync(room.Id, Participant.Member(roleOnly.Id), new NewContribution(Guid.NewGuid(), reflection.Id, "That the rules can change.", Anonymous: true));
            await contributions.AddAsync(room.Id, Participant.Member(member.Id), new NewContribution(Guid.NewGuid(), scaling.Id, "Better than last month.", Scale: 7, GoodEnough: 5));
            await contributions.RecordSpokenAsync(room.Id, facilitator.Id, new SpokenContribution(Guid.NewGuid(), reflection.Id, "Said aloud: the café helped.", roleOnly.Id));
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
            await contributions.AddAsync(room.Id, Participant.Member(member.Id), new NewContribution(Guid.NewGuid(), null, null, Photo: new NewPhoto(png, "Our flipchart of hopes")));
            var hidden = (await contributions.AddAsync(room.Id, Participant.Member(roleOnly.Id), new NewContribution(Guid.NewGuid(), null, "Off topic."))).Contribution!;

            await services.GetRequiredService<Reactions>().ToggleAsync(room.Id, named.Id, Participant.Member(colead.Id), ReactionKind.Heart);
            var moderation = services.GetRequiredService<Moderation>();
            await moderation.PinAsync(room.Id, named.Id, true, facilitator.Id);
            await moderation.HideAsync(room.Id, hidden.Id, "Not for this room", facilitator.Id);

            var links = services.GetRequiredService<RoomLinks>();
            var join = await links.NewJoinLinkAsync(room.Id);
            await links.NewProjectorLinkAsync(room.Id);
            var guest = await links.JoinAsGuestAsync(join!, "Gina Walsh");
            await contributions.AddAsync(room.Id, Participant.Guest(guest.Guest!.Id), new NewContribution(Guid.NewGuid(), reflection.Id, "Thank you for having me."));
            await prompts.CloseAsync(room.Id, scaling.Id);
            await rooms.CloseAsync(room.Id);
        });

        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource;
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
            await RunAsync("sqlite3", output, file, ".dump");
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString);
            Environment.SetEnvironmentVariable("PGPASSWORD", builder.Password);
            await RunAsync("pg_dump", output, "--inserts", "--no-owner", "--no-privileges", "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, builder.Database!);
        }
    }

    private static async Task RunAsync(string program, string output, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        await File.WriteAllTextAsync(output, text);
    }
}
