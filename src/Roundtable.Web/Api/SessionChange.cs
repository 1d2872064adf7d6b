using System.Globalization;
using System.Runtime.CompilerServices;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Communities.Sessions;

namespace Roundtable.Web.Api;

// A change to one session, as a merge patch: each property remembers whether it was sent, so that
// one left out keeps its value and one sent as null clears it.
public sealed class SessionChange
{
    private readonly HashSet<string> sent = new(StringComparer.Ordinal);

    public string? Topic { get; set => Set(ref field, value); }

    // The UK date it is on.
    public DateOnly? Date { get; set => Set(ref field, value); }

    public string? StartTime { get; set => Set(ref field, value); }

    public string? EndTime { get; set => Set(ref field, value); }

    public SessionFormat? Format { get; set => Set(ref field, value); }

    public string? MeetingLink { get; set => Set(ref field, value); }

    public string? Venue { get; set => Set(ref field, value); }

    public string? Directions { get; set => Set(ref field, value); }

    public bool? StepFreeAccess { get; set => Set(ref field, value); }

    public bool? QuietRoom { get; set => Set(ref field, value); }

    public int? Capacity { get; set => Set(ref field, value); }

    // The version last read (SessionDetail.Version).
    public string? Version { get; set => Set(ref field, value); }

    public EditForm ApplyTo(EditForm form)
    {
        form.Topic = Sent(nameof(Topic)) ? Topic : form.Topic;
        if (Sent(nameof(Date)))
        {
            form.Day = Date?.Day.ToString(CultureInfo.InvariantCulture);
            form.Month = Date?.Month.ToString(CultureInfo.InvariantCulture);
            form.Year = Date?.Year.ToString(CultureInfo.InvariantCulture);
        }

        form.StartTime = Sent(nameof(StartTime)) ? StartTime : form.StartTime;
        form.EndTime = Sent(nameof(EndTime)) ? EndTime : form.EndTime;
        form.Format = Sent(nameof(Format)) ? Format : form.Format;
        form.MeetingLink = Sent(nameof(MeetingLink)) ? MeetingLink : form.MeetingLink;
        form.Venue = Sent(nameof(Venue)) ? Venue : form.Venue;
        form.Directions = Sent(nameof(Directions)) ? Directions : form.Directions;
        form.StepFreeAccess = Sent(nameof(StepFreeAccess)) ? SessionForm.AnswerText(StepFreeAccess) : form.StepFreeAccess;
        form.QuietRoom = Sent(nameof(QuietRoom)) ? SessionForm.AnswerText(QuietRoom) : form.QuietRoom;
        form.Capacity = Sent(nameof(Capacity)) ? Capacity?.ToString(CultureInfo.InvariantCulture) : form.Capacity;
        form.Version = Version ?? form.Version;
        return form;
    }

    private bool Sent(string property) => sent.Contains(property);

    private void Set<T>(ref T store, T value, [CallerMemberName] string property = "")
    {
        store = value;
        sent.Add(property);
    }
}
