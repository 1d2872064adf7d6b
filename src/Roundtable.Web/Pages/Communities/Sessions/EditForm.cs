using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.Charter;

namespace Roundtable.Web.Pages.Communities.Sessions;

// The fields of one session an editor may change, as typed.
public sealed class EditForm
{
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
            StartTime = SessionWords.Time(session.StartsAt),
            EndTime = SessionWords.Time(session.EndsAt),
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

    // The change as typed, for SessionSchedule to check and save. The date's boxes and the number of
    // places are read here (what does not parse is said against its box); everything else is Core's.
    public SessionEdit Read(ModelStateDictionary state, DateParts date)
    {
        var day = date.Read(state, "Input", Day, Month, Year, "Enter the date of the session");
        var capacity = string.IsNullOrWhiteSpace(Capacity)
            ? null
            : state.WholeNumber("Input.Capacity", Capacity, "", "The number of places", 1, SessionEdit.MaxCapacity);
        return new SessionEdit(
            Topic, day, StartTime, EndTime, Format, MeetingLink, Venue, Directions,
            SessionForm.Answer(StepFreeAccess), SessionForm.Answer(QuietRoom), capacity, Version);
    }
}
