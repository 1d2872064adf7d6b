using Roundtable.Tests.Shared;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Rooms;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Calendar;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;
using Roundtable.Web.Tests.PageTests.Charter;
using Roundtable.Web.Tests.PageTests.People;
using Roundtable.Web.Tests.PageTests.Reports;
using Roundtable.Web.Tests.PageTests.Rooms;
using Roundtable.Web.Tests.PageTests.Sessions;
using Roundtable.Web.Tests.PageTests.SystemMap;
using Roundtable.Web.Tests.PageTests.Themes;
using Roundtable.Web.Tests.PageTests.YouSaidWeDid;

namespace Roundtable.Web.Tests.Security;

public enum Visitor
{
    Anonymous,
    NonMember,
    Member,
    LivedExpert,
    Facilitator,
    CoLead,
    Admin,
}

// The one app every access table asks (see AccessTables), and everything the tables act on: one
// community anyone can find, one by invitation, and a person in each place around them. A table
// that names meetings by number (sessions/2, preparation-meetings/3) has a pair of communities of
// its own, so that one table's meetings never take the numbers another table's rows mean. The
// fuzz test builds on the same places in an app of its own (FuzzFixture), since it changes them.
public class AccessFixture : RoundtableApp
{
    private readonly Dictionary<Visitor, Person> people = [];
    private readonly Dictionary<Visitor, string> tokens = [];

    public Community Listed { get; private set; } = null!;

    public Community Hidden { get; private set; } = null!;

    public Guid OutboxMessageId { get; private set; }

    // A sub-group in each community, for the sub-group pages.
    public Guid ListedSubGroupId { get; private set; }

    public Guid HiddenSubGroupId { get; private set; }

    // In the listed community, a member's suggestion and an item to be confirmed, to act on.
    public CharterSuggestion CharterSuggestion { get; private set; } = null!;

    public ToBeConfirmed ToBeConfirmed { get; private set; } = null!;

    public SessionsApiPlaces SessionsApiPlaces { get; private set; } = null!;

    public CalendarPlaces CalendarPlaces { get; private set; } = null!;

    public AttendancePlaces AttendancePlaces { get; private set; } = null!;

    public RoomPlaces RoomPlaces { get; private set; } = null!;

    public SessionPlaces SessionPlaces { get; private set; } = null!;

    public ThemePlaces ThemePlaces { get; private set; } = null!;

    public AskPlaces AskPlaces { get; private set; } = null!;

    public MapPlaces MapPlaces { get; private set; } = null!;

    public ReportPlaces ReportPlaces { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var visitor in Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous))
        {
            var person = await this.CreatePersonAsync($"{visitor} Person");
            people[visitor] = person;
            tokens[visitor] = await this.CreateTokenAsync(person);
        }

        await this.MakeSiteAdminAsync(people[Visitor.Admin]);
        (Listed, Hidden) = await PlacesAsync();

        await WithScopeAsync(services =>
            services.GetRequiredService<IMailer>().SendAsync(new("someone@example.org", "A test email", "Hello")));
        OutboxMessageId = await WithDbAsync(db => db.Outbox.Where(m => m.Subject == "A test email").Select(m => m.Id).SingleAsync());

        ListedSubGroupId = await this.CreateSubGroupAsync(Listed, "Action group");
        HiddenSubGroupId = await this.CreateSubGroupAsync(Hidden, "Hidden action group");
        CharterSuggestion = await this.AddSuggestionAsync(Listed, people[Visitor.Member], "A member's better values");
        ToBeConfirmed = await this.AddToBeConfirmedAsync(Listed, Today.AddDays(71), key: CharterTemplate.HowWeAreStructured);

        SessionsApiPlaces = await SessionsApiPlacesAsync();
        CalendarPlaces = await CalendarPlacesAsync();
        AttendancePlaces = await AttendancePlacesAsync();
        RoomPlaces = await RoomPlacesAsync();
        SessionPlaces = await SessionPlacesAsync();
        ThemePlaces = await ThemePlacesAsync();
        AskPlaces = await AskPlacesAsync();
        ReportPlaces = await ReportPlacesAsync();
        MapPlaces = new MapPlaces
        {
            ListedEntry = await this.AddToMapAsync(Listed, people[Visitor.Member], "Riverside Carers"),
            HiddenEntry = await this.AddToMapAsync(Hidden, people[Visitor.Admin], "Hidden Carers"),
        };
    }

    public Person PersonFor(Visitor visitor) => people[visitor];

    public async Task<HttpClient> BrowserAsAsync(Visitor visitor) =>
        await this.BrowserForAsync(visitor == Visitor.Anonymous ? null : people[visitor]);

    public HttpClient ApiClientAs(Visitor visitor)
    {
        var client = CreateBrowser();
        if (visitor != Visitor.Anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", tokens[visitor]);
        }

        return client;
    }

    private async Task<Places> PlacesAsync()
    {
        var listed = await this.CreateCommunityAsync(CommunityVisibility.Listed);
        var hidden = await this.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        await this.JoinAsync(listed, people[Visitor.Member]);
        await this.JoinAsync(listed, people[Visitor.LivedExpert], livedExpertGroup: true);
        await this.JoinAsync(listed, people[Visitor.Facilitator], CommunityRole.Facilitator);
        await this.JoinAsync(listed, people[Visitor.CoLead], CommunityRole.CoLead);
        return new Places { Listed = listed, Hidden = hidden };
    }

    private async Task<SessionsApiPlaces> SessionsApiPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var listedSeries = await PlanSeriesAsync(listed, people[Visitor.CoLead], [Today, Today.AddDays(83)]);
        var hiddenSeries = await PlanSeriesAsync(hidden, people[Visitor.Admin], [Today, Today.AddDays(83)]);
        // Numbered far beyond the meetings the table's rows make, so no session ever shares its number.
        var preparationOnly = await this.CreateSessionAsync(listed, Today.AddDays(104), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        await WithDbAsync(db => db.Sessions.Where(s => s.Id == preparationOnly.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Number, SessionsApiPlaces.PreparationOnly)));
        return new SessionsApiPlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedSeries = listedSeries,
            HiddenSeries = hiddenSeries,
            ListedPhoto = await RoomWithAPhotoAsync(listed, SessionKind.Session, 1, people[Visitor.Member], "Our flipchart"),
            HiddenPhoto = await RoomWithAPhotoAsync(hidden, SessionKind.Session, 1, people[Visitor.Admin], "Their flipchart"),
            // Its words are the meeting's secret topic, which no refusal may give away.
            PreparationPhoto = await RoomWithAPhotoAsync(listed, SessionKind.PreparationMeeting, SessionsApiPlaces.PreparationOnly, people[Visitor.LivedExpert], "Secret agenda shaping"),
        };
    }

    private async Task<CalendarPlaces> CalendarPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var session = await this.CreateSessionAsync(listed, Today.AddDays(20), topic: "Getting help early");
        var preparation = await this.CreateSessionAsync(listed, Today.AddDays(55), SessionKind.PreparationMeeting);
        // Preparation meeting 2 with no session 2: its number must not open it as a session.
        await this.CreateSessionAsync(listed, Today.AddDays(111), SessionKind.PreparationMeeting);
        await this.CreateSessionAsync(hidden, Today.AddDays(20));
        await this.CreateSessionAsync(hidden, Today.AddDays(55), SessionKind.PreparationMeeting);
        return new CalendarPlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedSession = session,
            ListedPreparation = preparation,
            MemberToken = await this.MakeCalendarLinkAsync(people[Visitor.Member]),
        };
    }

    private async Task<AttendancePlaces> AttendancePlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        await this.CreateSessionAsync(listed, Today.AddDays(-64), topic: "Listed past session");
        var session = await this.CreateSessionAsync(listed, Today, capacity: 30, topic: "Listed session");
        foreach (var date in new[] { Today.AddDays(-99), Today.AddDays(-43), Today.AddDays(20) })
        {
            await this.CreateSessionAsync(listed, date, SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        }

        var hiddenSession = await this.CreateSessionAsync(hidden, Today, topic: "Hidden session");
        var unmatched = new UnmatchedAttendee { SessionId = session.Id, Name = "Val Visitor", ImportedAt = Clock.GetUtcNow() };
        await WithDbAsync(db =>
        {
            db.UnmatchedAttendees.Add(unmatched);
            return db.SaveChangesAsync();
        });
        return new AttendancePlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedSession = session,
            HiddenSession = hiddenSession,
            UnmatchedRowId = unmatched.Id,
            HiddenMember = await AttendanceTestData.MemberAsync(this, hidden, "Hidden Member"),
            HiddenFacilitator = await AttendanceTestData.MemberAsync(this, hidden, "Hidden Facilitator", role: CommunityRole.Facilitator),
        };
    }

    private async Task<RoomPlaces> RoomPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var listedRoom = await OpenRoomAsync(await this.CreateSessionAsync(listed, Today.AddDays(20), topic: "Listed session"));
        var preparationRoom = await OpenRoomAsync(await this.CreateSessionAsync(listed, Today.AddDays(6), SessionKind.PreparationMeeting, topic: "Secret agenda shaping"));
        await OpenRoomAsync(await this.CreateSessionAsync(hidden, Today.AddDays(20)));
        await OpenRoomAsync(await this.CreateSessionAsync(hidden, Today.AddDays(6), SessionKind.PreparationMeeting));
        string joinToken = "", projectorToken = "";
        await WithScopeAsync(async services =>
        {
            var links = services.GetRequiredService<RoomLinks>();
            joinToken = (await links.NewJoinLinkAsync(listedRoom))!;
            projectorToken = (await links.NewProjectorLinkAsync(listedRoom))!;
        });
        return new RoomPlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedRoomId = listedRoom,
            ListedPreparationRoomId = preparationRoom,
            JoinToken = joinToken,
            ProjectorToken = projectorToken,
            PreparationProjectorToken = await this.PlantProjectorLinkAsync(preparationRoom),
        };
    }

    private async Task<ThemePlaces> ThemePlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var session = await this.CreateSessionAsync(listed, Today.AddDays(-7), topic: "Listed session");
        var preparation = await this.CreateSessionAsync(listed, Today.AddDays(-14), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        var hiddenSession = await this.CreateSessionAsync(hidden, Today.AddDays(-7));
        var coLead = people[Visitor.CoLead];
        var secret = await this.SayAsync(preparation, people[Visitor.LivedExpert], "Secret words");
        return new ThemePlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedTheme = (await this.ThemeAsync(listed, coLead, "Getting there", await this.SayAsync(session, people[Visitor.Member], "The bus never comes"))).Id,
            LivedExpertTheme = (await this.ThemeAsync(listed, coLead, "Being believed", secret)).Id,
            LivedExpertWords = secret,
            HiddenTheme = (await this.ThemeAsync(hidden, people[Visitor.Admin], "Hidden theme", await this.SayAsync(hiddenSession, null, "Hidden words"))).Id,
        };
    }

    private async Task<AskPlaces> AskPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var coLead = people[Visitor.CoLead];
        await this.CreateSessionAsync(listed, Today.AddDays(-7));
        await this.CreateSessionAsync(listed, Today.AddDays(20));
        var preparation = await this.CreateSessionAsync(listed, Today.AddDays(-14), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        var listedAsk = await this.AskAsync(listed, coLead, "Evening sessions");
        await this.ChangeAskAsync(listed, listedAsk, coLead, AskStatus.NotUpheld, "The venue closes at five");
        var (publicBoard, _) = await PlacesAsync();
        await WithDbAsync(db => db.Communities.Where(c => c.Id == publicBoard.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.AskBoardIsPublic, true)));
        return new AskPlaces
        {
            Listed = listed,
            Hidden = hidden,
            ListedAsk = listedAsk,
            LivedExpertAsk = await this.AskAsync(listed, coLead, null, await this.SayAsync(preparation, people[Visitor.LivedExpert], "Secret words")),
            HiddenAsk = await this.AskAsync(hidden, people[Visitor.Admin], "Hidden request"),
            PublicBoard = publicBoard,
        };
    }

    private async Task<ReportPlaces> ReportPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var session = await this.CreateSessionAsync(listed, Today.AddDays(-7));
        var hiddenSession = await this.CreateSessionAsync(hidden, Today.AddDays(-7));
        var coLead = people[Visitor.CoLead];
        return new ReportPlaces
        {
            Listed = listed,
            Hidden = hidden,
            Draft = await this.AddReportAsync(listed, session, coLead, "Draft words only for co-leads", published: false),
            Published = await this.AddReportAsync(listed, session, coLead, "Published words for members", published: true),
            Public = await this.AddReportAsync(listed, session, coLead, "Public words for anyone", published: true, isPublic: true),
            HiddenReport = await this.AddReportAsync(hidden, hiddenSession, people[Visitor.Admin], "Hidden words", published: true, isPublic: true),
        };
    }

    private async Task<SessionPlaces> SessionPlacesAsync()
    {
        var (listed, hidden) = await PlacesAsync();
        var session = await this.CreateSessionAsync(listed, Today.AddDays(83), topic: "Listed session");
        await this.CreateSessionAsync(listed, Today.AddDays(20), SessionKind.PreparationMeeting, topic: "First preparation");
        var preparation = await this.CreateSessionAsync(listed, Today.AddDays(48), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        // Someone to put in breakout groups, so a refused proposal could have made some.
        await SessionsTestData.SignUpAsync(this, session, people[Visitor.Member]);
        await SessionsTestData.SignUpAsync(this, session, people[Visitor.LivedExpert]);
        await this.CreateSessionAsync(hidden, Today.AddDays(83), topic: "Hidden session");
        await this.CreateSessionAsync(hidden, Today.AddDays(48), SessionKind.PreparationMeeting, topic: "Hidden preparation");
        return new SessionPlaces { Listed = listed, Hidden = hidden, ListedSession = session, ListedPreparation = preparation };
    }

    // A series on the given dates, 14:00 to 16:00, with preparation meetings from 14:00 to 15:00
    // in the months between, as the plan page would make it.
    private async Task<Guid> PlanSeriesAsync(Community community, Person by, IReadOnlyList<DateOnly> dates)
    {
        var plan = new SeriesPlan(
            Guid.NewGuid(), "Test series", RhythmKind.ExplicitDates, null, null, null, null, null, null,
            string.Join('\n', dates.Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
            "14:00", "16:00", SessionFormat.Online, WithPreparationMeetings: true, "14:00", "15:00");
        SeriesPlanner.Result planned = null!;
        await WithScopeAsync(async services => planned = await services.GetRequiredService<SeriesPlanner>().PlanAsync(community.Id, plan, by.Id));
        Assert.True(planned.Outcome == SeriesPlanner.Outcome.Planned, string.Join("; ", planned.Problems.Select(p => p.Message)));
        return planned.SeriesId;
    }

    private async Task<Guid> OpenRoomAsync(Session session)
    {
        var id = Guid.Empty;
        await WithScopeAsync(async services =>
        {
            var rooms = services.GetRequiredService<LiveRooms>();
            id = (await rooms.GetOrCreateAsync(session.Id)).Id;
            await rooms.OpenAsync(id);
        });
        return id;
    }

    private async Task<Guid> RoomWithAPhotoAsync(Community community, SessionKind kind, int number, Person by, string description)
    {
        var session = await WithDbAsync(db => db.Sessions.SingleAsync(s => s.CommunityId == community.Id && s.Kind == kind && s.Number == number));
        var room = await OpenRoomAsync(session);
        var id = Guid.NewGuid();
        var png = TestPhotos.Png;
        ContributionResult added = null!;
        await WithScopeAsync(async services => added = await services.GetRequiredService<Contributions>().AddAsync(
            room, Participant.Member(by.Id), new NewContribution(id, null, description, Photo: new NewPhoto(png, description))));
        return added.Outcome == ContributionOutcome.Added ? id : throw new InvalidOperationException($"The photo was not added: {added.Outcome}");
    }
}
