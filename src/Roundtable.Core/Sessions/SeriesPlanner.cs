using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// Planning a series: checks what a co-lead asked for (every rule, with its words, against its
// field), shows the dates it makes, and makes the series and its sessions. Sessions are numbered
// after the community's existing ones; preparation meetings are numbered in their own run.
public sealed class SeriesPlanner(RoundtableDb db, TimeProvider clock)
{
    private const int Attempts = 3;

    public enum Outcome
    {
        Planned,

        // The plan's key had already made a series: that one, unchanged.
        AlreadyPlanned,

        // What they sent has Problems: nothing was saved.
        Invalid,
    }

    // A plan checked against today: what it would save and the dates it makes, or its problems.
    public sealed record Checked(SeriesDetails? Details, RhythmPlan? Dates, IReadOnlyList<Problem> Problems)
    {
        public bool IsValid => Details is not null;
    }

    // Meetings: what the series holds, in date order; Warnings: what the co-lead should know
    // (dates already past), for a series planned just now.
    public sealed record Result(Outcome Outcome, Checked Checked, Guid SeriesId, IReadOnlyList<Session> Meetings)
    {
        public IReadOnlyList<Problem> Problems => Checked.Problems;

        public IReadOnlyList<string> Warnings => Outcome == Outcome.Planned ? Checked.Dates!.Warnings : [];
    }

    private sealed record Created(Guid SeriesId, bool AlreadyCreated, IReadOnlyList<Session> Meetings);

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

    // The dates a plan makes, or what is wrong with it; nothing is saved. "Today" is the UK's.
    public Checked Check(SeriesPlan plan)
    {
        var problems = new Problems();
        var read = plan.Read(problems, UkTimeZone.Today(clock));
        return new Checked(read?.Details, read?.Dates, problems);
    }

    // Checks the plan again (it may have been shown yesterday) and makes the series. The plan's key
    // is the series' id, so planning twice (a double click, the back button, a request sent again)
    // finds the series the first one made.
    public async Task<Result> PlanAsync(Guid communityId, SeriesPlan plan, Guid createdById, CancellationToken cancellationToken = default)
    {
        var check = Check(plan);
        if (!check.IsValid)
        {
            return new Result(Outcome.Invalid, check, Guid.Empty, []);
        }

        var key = plan.Key is { } chosen && chosen != Guid.Empty ? chosen : Guid.CreateVersion7();
        var created = await CreateAsync(communityId, key, check.Details!, check.Dates!, createdById, cancellationToken);
        return new Result(created.AlreadyCreated ? Outcome.AlreadyPlanned : Outcome.Planned, check, created.SeriesId, created.Meetings);
    }

    private async Task<Created> CreateAsync(
        Guid communityId, Guid key, SeriesDetails request, RhythmPlan plan, Guid createdById, CancellationToken cancellationToken)
    {
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
        Guid communityId, Guid id, SeriesDetails request, RhythmPlan plan, Guid createdById, CancellationToken cancellationToken)
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
