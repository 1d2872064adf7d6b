using System.Text;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;

namespace Roundtable.Core.DemoData;

// What the demo community shares: a few links, one small file made here, and two events outside
// the community in the weeks ahead, tagged to its last sessions and its themes. Invented names
// and addresses (example.org).
public static class DemoResources
{
    public static async Task ShareAsync(RoundtableDb db, Community community, IReadOnlyList<Session> sessions, Guid founderId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The instances this context tracks, whichever the loader holds.
        var ids = sessions.Where(s => s.Kind == SessionKind.Session && s.EndsAt <= now).Select(s => s.Id).ToList();
        var held = await db.Sessions.Where(s => ids.Contains(s.Id)).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var themes = await db.Themes.Where(t => t.CommunityId == community.Id).ToDictionaryAsync(t => t.Title, cancellationToken);
        var today = Sessions.UkTimeZone.DateOf(now);
        var added = 0;

        void Share(ResourceKind kind, string title, string description, string? url = null, Session? session = null, string? theme = null,
            DateOnly? startsOn = null, TimeOnly? startTime = null, TimeOnly? endTime = null, string? where = null, ResourceFile? file = null)
        {
            var resource = new Resource
            {
                CommunityId = community.Id, SubmissionKey = Guid.NewGuid(), Kind = kind, Title = title, Description = description, Url = url,
                Where = where, StartsOn = startsOn, StartTime = startTime, EndTime = endTime, AddedById = founderId,
                AddedAt = now.AddMinutes(-60 + added), UpdatedAt = now.AddMinutes(-60 + added),
            };
            added++;
            if (file is not null)
            {
                resource.File = new ResourceFile { ResourceId = resource.Id, Bytes = file.Bytes, ContentType = file.ContentType, FileName = file.FileName, Length = file.Length };
            }

            if (session is not null)
            {
                resource.Sessions.Add(session);
            }

            if (theme is not null && themes.TryGetValue(theme, out var tagged))
            {
                resource.Themes.Add(tagged);
            }

            db.Resources.Add(resource);
        }

        var last = held.Count > 0 ? held[^1] : null;
        var before = held.Count > 1 ? held[^2] : null;
        Share(ResourceKind.Link, "Parents' peer network", "Parents who have been through an autism assessment, meeting monthly.", "https://example.org/brackenmouth-parents", last, "Help from other parents");
        Share(ResourceKind.Link, "Hospital passport template", "A passport to fill in before a hospital stay, so the ward knows what helps.", "https://example.org/hospital-passport", before, "Adjustments on the ward");
        Share(ResourceKind.Link, "Easy read appointment letters", "Examples of appointment letters written in easy read.", "https://example.org/easy-read-letters", last);
        var notes = Encoding.UTF8.GetBytes("Waiting well: questions to ask while on the assessment list\n\n1. Who can I call while we wait?\n2. What help is there before a diagnosis?\n3. Can school put support in place now?\n");
        Share(ResourceKind.File, "Questions to ask while waiting", "A one-page list a parent wrote for others on the waiting list.", session: last, theme: "Waiting for a diagnosis",
            file: new ResourceFile { Bytes = notes, ContentType = FileTypes.Text.ContentType, FileName = "waiting-well-questions.txt", Length = notes.Length });
        Share(ResourceKind.Event, "Family carers' conference", "A day of talks and workshops for family carers across the region.", "https://example.org/carers-conference",
            theme: "Help from other parents", startsOn: today.AddDays(24), startTime: new TimeOnly(9, 30), endTime: new TimeOnly(16, 0), where: "Brackenmouth Civic Hall");
        Share(ResourceKind.Event, "Reasonable adjustments webinar", "An hour online on what the ward should do with a hospital passport.", "https://example.org/adjustments-webinar",
            theme: "Adjustments on the ward", startsOn: today.AddDays(41), startTime: new TimeOnly(13, 0), endTime: new TimeOnly(14, 0), where: "Online");
        await db.SaveChangesAsync(cancellationToken);
    }
}
