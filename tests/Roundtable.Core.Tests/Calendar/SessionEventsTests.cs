using Roundtable.Core.Calendar;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Calendar;

public class SessionEventsTests
{
    private static readonly Uri Page = new("https://roundtable.example.org/communities/carers/sessions/3");

    private static Session Session(SessionFormat format = SessionFormat.Online, SessionKind kind = SessionKind.Session) => new()
    {
        Kind = kind,
        Number = 3,
        Topic = "Getting help early",
        StartsAt = new DateTimeOffset(2026, 12, 4, 14, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero),
        Format = format,
        MeetingLink = format == SessionFormat.InPerson ? null : "https://meet.example.org/carers",
        Venue = format == SessionFormat.Online ? null : "Civic Centre, Room 2",
        Directions = format == SessionFormat.Online ? null : "Use the side entrance.",
        Sequence = 4,
        CreatedAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData(SessionKind.Session, "Getting help early", "Session 3: Getting help early")]
    [InlineData(SessionKind.Session, null, "Session 3")]
    [InlineData(SessionKind.PreparationMeeting, null, "Preparation meeting 3")]
    public void Summary_NamesTheMeetingAndItsTopic(SessionKind kind, string? topic, string expected) =>
        Assert.Equal(expected, SessionEvents.Summary(kind, 3, topic));

    [Fact]
    public void For_Session_IsIdentifiedByItsIdForever()
    {
        var session = Session();

        var calendarEvent = SessionEvents.For(session, "Carers", Page, withMeetingLink: false);

        Assert.Equal($"{session.Id}@roundtable", calendarEvent.Uid);
        Assert.Equal((session.StartsAt, session.EndsAt, 4, Page), (calendarEvent.StartsAt, calendarEvent.EndsAt, calendarEvent.Sequence, calendarEvent.Url));
        Assert.Equal((session.CreatedAt, session.UpdatedAt), (calendarEvent.Created, calendarEvent.LastModified));
    }

    [Fact]
    public void For_SomeoneBooked_GetsTheMeetingLinkInTheDescription()
    {
        var calendarEvent = SessionEvents.For(Session(), "Carers", Page, withMeetingLink: true);

        Assert.Contains("Join online: https://meet.example.org/carers", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Equal(Page, calendarEvent.Url);
    }

    [Fact]
    public void For_SomeoneNotBooked_GetsNoMeetingLink()
    {
        var calendarEvent = SessionEvents.For(Session(), "Carers", Page, withMeetingLink: false);

        Assert.DoesNotContain("meet.example.org", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Contains(Page.AbsoluteUri, calendarEvent.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SessionFormat.Online, "Online")]
    [InlineData(SessionFormat.InPerson, "Civic Centre, Room 2")]
    [InlineData(SessionFormat.Hybrid, "Civic Centre, Room 2")]
    public void For_Location_IsTheVenueOrOnline(SessionFormat format, string expected) =>
        Assert.Equal(expected, SessionEvents.For(Session(format), "Carers", Page, withMeetingLink: false).Location);

    [Fact]
    public void For_InPerson_GivesTheVenueAndDirections()
    {
        var calendarEvent = SessionEvents.For(Session(SessionFormat.InPerson), "Carers", Page, withMeetingLink: true);

        Assert.Contains("In person at Civic Centre, Room 2.\nUse the side entrance.", calendarEvent.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("online", calendarEvent.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void For_Cancelled_IsCancelledWithTheReasonAndNoMeetingLink()
    {
        var session = Session();
        session.Status = SessionStatus.Cancelled;
        session.CancelReason = "The venue flooded; sorry.";

        var calendarEvent = SessionEvents.For(session, "Carers", Page, withMeetingLink: true);

        Assert.True(calendarEvent.Cancelled);
        Assert.StartsWith("Cancelled: The venue flooded; sorry.", calendarEvent.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", calendarEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void For_PreparationMeeting_SaysWhoseItIs()
    {
        var calendarEvent = SessionEvents.For(Session(kind: SessionKind.PreparationMeeting), "Carers", Page, withMeetingLink: false);

        Assert.Equal("Preparation meeting 3: Getting help early", calendarEvent.Summary);
        Assert.StartsWith("The lived-expert group's preparation meeting for Carers.", calendarEvent.Description, StringComparison.Ordinal);
    }
}
