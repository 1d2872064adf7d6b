using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// What a co-lead chose when planning a series; the dates themselves come from Rhythm.
public sealed record SeriesRequest(
    string Name,
    RhythmKind Rhythm,
    int? IntervalMonths,
    DayOfWeek? Weekday,
    int? WeekOfMonth,
    MeetingTimes Times,
    MeetingTimes? Preparation,
    SessionFormat Format);

// Turns a checked plan into a series and its sessions. Sessions are numbered after the
// community's existing ones; preparation meetings are numbered in their own run.
public sealed class SeriesPlanner(RoundtableDb db, TimeProvider clock)
{
    private const int Attempts = 3;

    public sealed record Created(Guid SeriesId, bool AlreadyCreated, IReadOnlyList<Session> Meetings);

    public async Task<(int Session, int PreparationMeeting)> NextNumbersAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var highest = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == communityId)
            .GroupBy(s => s.Kind)
            .Select(g => new { Kind = g.Key, Number = g.Max(s => s.Number) })
            .ToListAsync(cancellationToken);
        return (
            1 + (highest.FirstOrDefault(h => h.Kind == SessionKind.Session)?.Number ?? 0),
            1 + (highest.FirstOrDefault(h => h.Kind == SessionKind.PreparationMeeting)?.Number ?? 0));
    }

    // key: chosen when the form was shown and used as the series' id, so confirming twice (a double
    // click, or the back button) finds the series the first confirmation made.
    public async Task<Created> CreateAsync(
        Guid communityId, Guid key, SeriesRequest request, RhythmPlan plan, Guid createdById, CancellationToken cancellationToken = default)
    {
        if (!plan.IsValid || plan.Meetings.Count == 0)
        {
            throw new ArgumentException("Only a plan without problems can be created.", nameof(plan));
        }

        for (var attempt = 1; ; attempt++)
        {
            var (existing, keyIsFree) = await ExistingAsync(communityId, key, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var meetings = await AddAsync(communityId, keyIsFree ? key : Guid.CreateVersion7(), request, plan, createdById, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new Created(meetings[0].SeriesId!.Value, AlreadyCreated: false, meetings);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The same form confirmed twice at once, or another series took these numbers
                // first: look again, and number after whatever is there now.
                db.ChangeTracker.Clear();
            }
        }
    }

    // The series this form's key made, if any; and whether the key can be the new series' id. The
    // two are decided from one read: a form confirmed twice at once must not see the key free, then
    // taken by its twin, and start a second series under another id. Inserting under the key fails
    // for the second instead, and its retry finds the first.
    private async Task<(Created? Existing, bool KeyIsFree)> ExistingAsync(Guid communityId, Guid key, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken);
        if (series is null || series.CommunityId != communityId)
        {
            // A key already used by another community's series is not this form's: start afresh.
            return (null, series is null && key != Guid.Empty);
        }

        var meetings = await db.Sessions.AsNoTracking()
            .Where(s => s.SeriesId == series.Id)
            .OrderBy(s => s.StartsAt)
            .ToListAsync(cancellationToken);
        return (new Created(series.Id, AlreadyCreated: true, meetings), false);
    }

    private async Task<List<Session>> AddAsync(
        Guid communityId, Guid id, SeriesRequest request, RhythmPlan plan, Guid createdById, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var series = new Series
        {
            Id = id,
            CommunityId = communityId,
            Name = request.Name,
            Rhythm = request.Rhythm,
            IntervalMonths = request.IntervalMonths,
            Weekday = request.Weekday,
            WeekOfMonth = request.WeekOfMonth,
            StartTime = request.Times.Start,
            EndTime = request.Times.End,
            WithPreparationMeetings = request.Preparation is not null,
            PreparationStartTime = request.Preparation?.Start,
            PreparationEndTime = request.Preparation?.End,
            Format = request.Format,
            CreatedById = createdById,
            CreatedAt = now,
        };
        db.Series.Add(series);

        var (nextSession, nextPreparation) = await NextNumbersAsync(communityId, cancellationToken);
        var meetings = new List<Session>();
        foreach (var planned in plan.Meetings)
        {
            var number = planned.Kind == SessionKind.Session ? nextSession++ : nextPreparation++;
            meetings.Add(new Session
            {
                CommunityId = communityId,
                SeriesId = series.Id,
                Kind = planned.Kind,
                Number = number,
                StartsAt = planned.StartsAt,
                EndsAt = planned.EndsAt,
                Format = request.Format,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.Sessions.AddRange(meetings);
        return meetings;
    }
}
