using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.Charter;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Sessions;

// The fields of one session an editor may change, as typed.
public sealed class EditForm
{
    public const int MaxCapacity = 10_000;

    public string? Topic { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public SessionFormat? Format { get; set; }

    public string? MeetingLink { get; set; }

    public string? Venue { get; set; }

    public string? Directions { get; set; }

    public string? StepFreeAccess { get; set; }

    public string? QuietRoom { get; set; }

    public string? Capacity { get; set; }

    // The version of the session the editor saw (SessionSchedule.VersionOf).
    public string? Version { get; set; }

    public static EditForm From(Session session)
    {
        var date = UkTimeZone.DateOf(session.StartsAt);
        return new EditForm
        {
            Topic = session.Topic,
            Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StartTime = SessionsView.Time(session.StartsAt),
            EndTime = SessionsView.Time(session.EndsAt),
            Format = session.Format,
            MeetingLink = session.MeetingLink,
            Venue = session.Venue,
            Directions = session.Directions,
            StepFreeAccess = SessionForm.AnswerText(session.StepFreeAccess),
            QuietRoom = SessionForm.AnswerText(session.QuietRoom),
            Capacity = session.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Version = SessionSchedule.VersionOf(session),
        };
    }

    // The details to save, or null after recording every problem against its field.
    public SessionDetails? Read(ModelStateDictionary state, DateParts date)
    {
        var topic = state.Optional("Input.Topic", Topic, "The topic", Session.TopicMaxLength);
        var day = date.Read(state, "Input", Day, Month, Year, "Enter the date of the session");
        var start = state.Time("Input.StartTime", StartTime, "Enter the time it starts, like 14:00");
        var end = state.Time("Input.EndTime", EndTime, "Enter the time it ends, like 16:00");
        if (start is not null && end is not null && end <= start)
        {
            state.AddModelError("Input.EndTime", "The end time must be after the start time");
        }

        var format = state.Chosen("Input.Format", Format, "Choose whether it is online, in person or both");
        var link = state.Optional("Input.MeetingLink", MeetingLink, "The meeting link", Session.MeetingLinkMaxLength);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            state.AddModelError("Input.MeetingLink", "Enter the meeting link as a full web address, starting https://");
        }

        var venue = state.Optional("Input.Venue", Venue, "The venue", Session.VenueMaxLength);
        var directions = state.Optional("Input.Directions", Directions, "How to get there", Session.DirectionsMaxLength);
        var capacity = string.IsNullOrWhiteSpace(Capacity)
            ? null
            : state.WholeNumber("Input.Capacity", Capacity, "", "The number of places", 1, MaxCapacity);
        if (!state.IsValid)
        {
            return null;
        }

        return new SessionDetails(
            topic,
            UkTimeZone.ToUtc(day!.Value, start!.Value),
            UkTimeZone.ToUtc(day.Value, end!.Value),
            format!.Value,
            link,
            venue,
            directions,
            SessionForm.Answer(StepFreeAccess),
            SessionForm.Answer(QuietRoom),
            capacity);
    }
}
