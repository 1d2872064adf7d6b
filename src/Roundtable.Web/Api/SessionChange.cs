using System.Runtime.CompilerServices;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

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

    // The session as it is, changed as this says.
    public SessionEdit ApplyTo(SessionEdit edit) => edit with
    {
        Topic = Sent(nameof(Topic)) ? Topic : edit.Topic,
        Date = Sent(nameof(Date)) ? Date : edit.Date,
        StartTime = Sent(nameof(StartTime)) ? StartTime : edit.StartTime,
        EndTime = Sent(nameof(EndTime)) ? EndTime : edit.EndTime,
        Format = Sent(nameof(Format)) ? Format : edit.Format,
        MeetingLink = Sent(nameof(MeetingLink)) ? MeetingLink : edit.MeetingLink,
        Venue = Sent(nameof(Venue)) ? Venue : edit.Venue,
        Directions = Sent(nameof(Directions)) ? Directions : edit.Directions,
        StepFreeAccess = Sent(nameof(StepFreeAccess)) ? StepFreeAccess : edit.StepFreeAccess,
        QuietRoom = Sent(nameof(QuietRoom)) ? QuietRoom : edit.QuietRoom,
        Capacity = Sent(nameof(Capacity)) ? Capacity : edit.Capacity,
        SeenVersion = Version ?? edit.SeenVersion,
    };

    private bool Sent(string property) => sent.Contains(property);

    private void Set<T>(ref T store, T value, [CallerMemberName] string property = "")
    {
        store = value;
        sent.Add(property);
    }
}
