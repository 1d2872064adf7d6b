using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports.Formats;
using Roundtable.Core.Reports.Sharing;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Reports;

// The reports a community keeps: drafting one from the data (by the drafter for its kind),
// editing its words (each save a new version), checking it is safe to share and publishing a
// version (frozen from then on), for the pages and the API alike.
public sealed class CommunityReports(RoundtableDb db, TimeProvider clock, IEnumerable<IReportDrafter> drafters)
{
    public const int TextMaxLength = 2000;
    public const int LeadMaxLength = 300;
    public const int FigureValueMaxLength = 40;
    public const int FigureLabelMaxLength = 200;

    public enum Outcome
    {
        Saved,
        Unchanged,

        // What they sent has Problems: nothing changed.
        Invalid,
        ChangedMeanwhile,

        // The "safe to share" check found something not yet resolved: Findings.
        Blocked,
        NotAllowed,
        NotFound,
    }

    // Version: the version saved, or (ChangedMeanwhile) the one someone else saved meanwhile.
    public sealed record Result(Outcome Outcome, Report? Report, ReportVersion? Version, IReadOnlyList<Problem> Problems, IReadOnlyList<ShareFinding>? Findings = null);

    // The words of a report as the person left them, place by place as in the version they saw:
    // a blank line (lead and text) is taken out.
    public sealed record Edit(string? Title, string? TitleLine, IReadOnlyList<FigureEdit> Figures, IReadOnlyList<SectionEdit> Sections, int? SeenVersion, Guid SubmissionKey);

    public sealed record FigureEdit(string? Value, string? Label);

    public sealed record SectionEdit(IReadOnlyList<LineEdit> Lines);

    public sealed record LineEdit(string? Lead, string? Text);

    // Latest: the newest version the reader may read; Published: the newest published one.
    public sealed record ReportEntry(Report Report, ReportVersion Latest, ReportVersion? Published);

    public static bool IsForOneSession(ReportKind kind) => kind != ReportKind.SeriesReport;

    public bool CanDraft(ReportKind kind) => drafters.Any(d => d.Kind == kind);

    public async Task<Result> DraftAsync(Guid communityId, ReportKind kind, IReadOnlyList<Guid> sessionIds, ReportReader by, Guid submissionKey, CancellationToken cancellationToken = default)
    {
        if (!by.MayWrite)
        {
            return new(Outcome.NotAllowed, null, null, []);
        }

        if (await db.Reports.AsNoTracking().Include(r => r.Versions).SingleOrDefaultAsync(r => r.SubmissionKey == submissionKey, cancellationToken) is { } already)
        {
            return already.CommunityId == communityId
                ? new(Outcome.Unchanged, already, already.Versions.MaxBy(v => v.Number), [])
                : new(Outcome.NotFound, null, null, []);
        }

        var problems = new Problems();
        var ids = sessionIds.Distinct().ToList();
        var sessions = await db.Sessions.Where(s => ids.Contains(s.Id) && s.CommunityId == communityId).ToListAsync(cancellationToken);
        var drafter = drafters.FirstOrDefault(d => d.Kind == kind);
        if (ids.Count == 0)
        {
            problems.Add("SessionIds", IsForOneSession(kind) ? "Choose the session to report on" : "Choose the sessions to report on");
        }
        else if (sessions.Count != ids.Count || sessions.Any(s => s.IsCancelled))
        {
            problems.Add("SessionIds", "Choose sessions of this community that took place");
        }
        else if (sessions.Any(s => s.Kind == SessionKind.PreparationMeeting))
        {
            // What is said in a preparation meeting stays with the lived-expert group.
            problems.Add("SessionIds", "Reports are never made of preparation meetings: choose sessions");
        }
        else if (IsForOneSession(kind) && ids.Count > 1)
        {
            problems.Add("SessionIds", "Choose one session");
        }

        if (drafter is null)
        {
            problems.Add("Kind", "This kind of report cannot be drafted yet");
        }

        if (problems.Any)
        {
            return new(Outcome.Invalid, null, null, problems);
        }

        var ordered = sessions.OrderBy(s => s.StartsAt).ToList();
        var document = await drafter!.DraftAsync(new ReportSubject(communityId, ordered.Select(s => s.Id).ToList()), cancellationToken);
        if (document is null)
        {
            problems.Add("SessionIds", "There is nothing to report on for that session yet");
            return new(Outcome.Invalid, null, null, problems);
        }

        var now = clock.GetUtcNow();
        var report = new Report
        {
            CommunityId = communityId,
            Kind = kind,
            Title = Clip(document.Title, Report.TitleMaxLength),
            CreatedById = by.PersonId!.Value,
            CreatedAt = now,
            SubmissionKey = submissionKey,
        };
        report.Sessions.AddRange(ordered);
        var version = new ReportVersion
        {
            ReportId = report.Id,
            Number = 1,
            Document = ReportJson.Write(document),
            CreatedById = by.PersonId.Value,
            CreatedAt = now,
            SubmissionKey = submissionKey,
        };
        report.Versions.Add(version);
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the first one made it.
            db.ChangeTracker.Clear();
            if (await db.Reports.AsNoTracking().Include(r => r.Versions).SingleOrDefaultAsync(r => r.SubmissionKey == submissionKey, cancellationToken) is { } sent)
            {
                return new(Outcome.Unchanged, sent, sent.Versions.MaxBy(v => v.Number), []);
            }

            throw;
        }

        return new(Outcome.Saved, report, version, []);
    }

    // Saves the words as a new draft version after the newest one, unless someone saved another
    // since the version this person saw. A changed figure keeps its source, which now says that
    // a person changed it and what the data said.
    public async Task<Result> EditAsync(Guid communityId, Guid reportId, Edit input, ReportReader by, CancellationToken cancellationToken = default)
    {
        if (await db.ReportVersions.AsNoTracking().Include(v => v.Report).SingleOrDefaultAsync(v => v.SubmissionKey == input.SubmissionKey, cancellationToken) is { } sent)
        {
            return sent.ReportId == reportId && sent.Report.CommunityId == communityId
                ? new(Outcome.Unchanged, sent.Report, sent, [])
                : new(Outcome.NotFound, null, null, []);
        }

        var report = await db.Reports.Include(r => r.Versions).SingleOrDefaultAsync(r => r.Id == reportId && r.CommunityId == communityId, cancellationToken);
        if (report is null || !report.Versions.Any(v => by.MayRead(report, v)))
        {
            return new(Outcome.NotFound, null, null, []);
        }

        if (!by.MayWrite)
        {
            return new(Outcome.NotAllowed, report, null, []);
        }

        var latest = report.Versions.MaxBy(v => v.Number)!;
        if (input.SeenVersion is { } seen && seen != latest.Number)
        {
            return new(Outcome.ChangedMeanwhile, report, latest, []);
        }

        var problems = new Problems();
        var before = ReportJson.Read(latest.Document);
        var after = Apply(before, input, by, problems);
        if (problems.Any)
        {
            return new(Outcome.Invalid, report, latest, problems);
        }

        if (ReportJson.Write(after) == latest.Document)
        {
            return new(Outcome.Unchanged, report, latest, []);
        }

        var version = new ReportVersion
        {
            ReportId = report.Id,
            Number = latest.Number + 1,
            Document = ReportJson.Write(after),
            CreatedById = by.PersonId!.Value,
            CreatedAt = clock.GetUtcNow(),
            SubmissionKey = input.SubmissionKey,
        };
        db.ReportVersions.Add(version);
        report.Title = Clip(after.Title, Report.TitleMaxLength);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once (the same key), or two people saving at once (the same number):
            // the first one made it.
            db.ChangeTracker.Clear();
            if (await db.ReportVersions.AsNoTracking().SingleOrDefaultAsync(v => v.SubmissionKey == input.SubmissionKey, cancellationToken) is { } first)
            {
                return new(Outcome.Unchanged, report, first, []);
            }

            var theirs = await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
            return new(Outcome.ChangedMeanwhile, report, theirs, []);
        }

        return new(Outcome.Saved, report, version, []);
    }

    // The "safe to share" check of one version, as it stands now: names and consent as they are
    // today, not as they were when it was drafted.
    public async Task<IReadOnlyList<ShareFinding>> CheckAsync(Guid communityId, ReportVersion version, IEnumerable<string> notAbout, CancellationToken cancellationToken = default) =>
        ShareCheck.Find(ReportJson.Read(version.Document), await KnownNamesAsync(communityId, cancellationToken), notAbout);

    // Publishes the newest version once the check finds nothing unresolved. notAbout: the names
    // the author confirmed this version is not about.
    public async Task<Result> PublishAsync(Guid communityId, Guid reportId, int number, IReadOnlyCollection<string> notAbout, ReportReader by, CancellationToken cancellationToken = default)
    {
        var report = await db.Reports.Include(r => r.Versions).SingleOrDefaultAsync(r => r.Id == reportId && r.CommunityId == communityId, cancellationToken);
        var version = report?.Versions.SingleOrDefault(v => v.Number == number);
        if (report is null || version is null || !by.MayRead(report, version))
        {
            return new(Outcome.NotFound, null, null, []);
        }

        if (!by.MayWrite)
        {
            return new(Outcome.NotAllowed, report, version, []);
        }

        if (version.IsPublished)
        {
            return new(Outcome.Unchanged, report, version, []);
        }

        var latest = report.Versions.MaxBy(v => v.Number)!;
        if (latest.Number != number)
        {
            return new(Outcome.ChangedMeanwhile, report, latest, []);
        }

        var findings = await CheckAsync(communityId, version, notAbout, cancellationToken);
        if (findings.Any(f => f.Blocks))
        {
            return new(Outcome.Blocked, report, version, [], findings);
        }

        var now = clock.GetUtcNow();
        var confirmed = findings.Where(f => f.Confirmed).Select(f => ShareCheck.Normalise(f.Found)).Distinct().ToList();
        // Only a version still unpublished: two people publishing at once publish it once.
        await db.ReportVersions.Where(v => v.Id == version.Id && v.PublishedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.PublishedAt, now).SetProperty(v => v.PublishedById, by.PersonId), cancellationToken);
        version.NotAbout = confirmed;
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(version).ReloadAsync(cancellationToken);
        return new(Outcome.Saved, report, version, [], findings);
    }

    public async Task<Outcome> SetPublicAsync(Guid communityId, Guid reportId, bool isPublic, ReportReader by, CancellationToken cancellationToken = default)
    {
        if (!by.MayWrite)
        {
            return Outcome.NotAllowed;
        }

        return await db.Reports.Where(r => r.Id == reportId && r.CommunityId == communityId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IsPublic, isPublic), cancellationToken) == 0 ? Outcome.NotFound : Outcome.Saved;
    }

    // The reports this reader may read, newest first: drafts only for those who write them.
    public async Task<IReadOnlyList<ReportEntry>> ListAsync(Guid communityId, ReportReader reader, CancellationToken cancellationToken = default)
    {
        var reports = await db.Reports.AsNoTracking()
            .Include(r => r.Sessions)
            .Include(r => r.Versions.OrderBy(v => v.Number))
            .Where(r => r.CommunityId == communityId)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return reports.Select(r => Entry(r, reader)).OfType<ReportEntry>()
            .OrderByDescending(e => e.Report.Sessions.Select(s => s.StartsAt).DefaultIfEmpty().Max())
            .ThenByDescending(e => e.Report.CreatedAt)
            .ToList();
    }

    // The report with only the versions this reader may read; null when there are none.
    public async Task<Report?> FindAsync(Guid communityId, Guid reportId, ReportReader reader, CancellationToken cancellationToken = default)
    {
        var report = await db.Reports.AsNoTracking()
            .Include(r => r.Sessions)
            .Include(r => r.Versions.OrderBy(v => v.Number))
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == reportId && r.CommunityId == communityId, cancellationToken);
        if (report is null || Entry(report, reader) is null)
        {
            return null;
        }

        report.Versions.RemoveAll(v => !reader.MayRead(report, v));
        return report;
    }

    // A photo a line of the report shows, only to those who may read a version that shows it,
    // and only from the report's own sessions.
    public async Task<ContributionPhoto?> PhotoAsync(Guid communityId, Guid reportId, Guid photoId, ReportReader reader, CancellationToken cancellationToken = default)
    {
        var report = await FindAsync(communityId, reportId, reader, cancellationToken);
        if (report is null || !report.Versions.Any(v => ReportJson.Read(v.Document).Sections.Any(s => s.Lines.Any(l => l.PhotoId == photoId))))
        {
            return null;
        }

        return await PhotosOf(report, [photoId]).SingleOrDefaultAsync(cancellationToken);
    }

    // A version as a Word document, with the photos its lines show (the caller has found the
    // report and version for its reader, as FindAsync does).
    public async Task<byte[]> WordAsync(Report report, ReportVersion version, CancellationToken cancellationToken = default)
    {
        var document = DocumentOf(version);
        var ids = document.Sections.SelectMany(s => s.Lines).Select(l => l.PhotoId).OfType<Guid>().ToList();
        var photos = ids.Count == 0 ? [] : await PhotosOf(report, ids).ToDictionaryAsync(p => p.ContributionId, cancellationToken);
        return WordReport.Write(document, photos);
    }

    // Photos from the report's own sessions that are still to be seen in their rooms.
    private IQueryable<ContributionPhoto> PhotosOf(Report report, IReadOnlyCollection<Guid> photoIds)
    {
        var sessionIds = report.Sessions.Where(s => s.Kind == SessionKind.Session).Select(s => s.Id).ToList();
        return from p in db.ContributionPhotos.AsNoTracking()
               join c in db.Contributions on p.ContributionId equals c.Id
               join r in db.Rooms on c.RoomId equals r.Id
               where photoIds.Contains(p.ContributionId) && sessionIds.Contains(r.SessionId) && c.DeletedAt == null && !c.Hidden
               select p;
    }

    // Everyone whose name could appear: members past and present, with their consent as it is
    // now, and the names on the community's registers and attendance reports.
    public async Task<IReadOnlyList<KnownName>> KnownNamesAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId)
            .ToListAsync(cancellationToken);
        var names = members.Where(m => !string.IsNullOrWhiteSpace(m.Person.DisplayName))
            .Select(m => new KnownName(m.Person.DisplayName!, true,
                QuoteAttribution.For(m.QuoteConsent, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation).By == AttributedBy.Name))
            .ToList();
        var memberIds = members.Select(m => m.PersonId).ToList();
        var registered = await db.Attendance.AsNoTracking()
            .Where(a => a.Session.CommunityId == communityId && (a.PersonId == null || !memberIds.Contains(a.PersonId.Value)))
            .Select(a => a.Person != null ? a.Person.DisplayName : a.GuestName)
            .Distinct()
            .ToListAsync(cancellationToken);
        var unmatched = await db.UnmatchedAttendees.AsNoTracking()
            .Where(a => a.Session.CommunityId == communityId)
            .Select(a => a.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
        names.AddRange(registered.Concat(unmatched).OfType<string>().Select(n => new KnownName(n, false, false)));
        return names;
    }

    public static ReportDocument DocumentOf(ReportVersion version) => ReportJson.Read(version.Document);

    private static ReportEntry? Entry(Report report, ReportReader reader)
    {
        var readable = report.Versions.Where(v => reader.MayRead(report, v)).OrderBy(v => v.Number).ToList();
        return readable.Count == 0 ? null : new(report, readable[^1], readable.LastOrDefault(v => v.IsPublished));
    }

    private ReportDocument Apply(ReportDocument before, Edit input, ReportReader by, Problems problems)
    {
        var title = problems.Required(nameof(Edit.Title), input.Title, "Enter the report's title", "The title", Report.TitleMaxLength) ?? before.Title;
        var titleLine = problems.Required(nameof(Edit.TitleLine), input.TitleLine, "Enter the title line", "The title line", Report.TitleMaxLength) ?? before.TitleLine;
        var figures = new List<ReportFigure>();
        for (var i = 0; i < before.Figures.Count; i++)
        {
            var figure = before.Figures[i];
            var edit = i < input.Figures.Count ? input.Figures[i] : new FigureEdit(figure.Value, figure.Label);
            var value = problems.Required($"Figures[{i}].Value", edit.Value, "Enter the figure", "The figure", FigureValueMaxLength) ?? figure.Value;
            var label = problems.Required($"Figures[{i}].Label", edit.Label, "Enter what the figure counts", "What the figure counts", FigureLabelMaxLength) ?? figure.Label;
            figures.Add(value == figure.Value
                ? figure with { Label = label }
                : new ReportFigure(value, label, $"{figure.Source} Edited by {Editor(by)} on {SessionWords.ShortDate(clock.GetUtcNow())}: the data said “{figure.Value}”.".Trim()));
        }

        var sections = new List<ReportSection>();
        for (var s = 0; s < before.Sections.Count; s++)
        {
            var section = before.Sections[s];
            var edits = s < input.Sections.Count ? input.Sections[s].Lines : [];
            var lines = new List<ReportLine>();
            for (var l = 0; l < section.Lines.Count; l++)
            {
                var line = section.Lines[l];
                var edit = l < edits.Count ? edits[l] : new LineEdit(line.Lead, line.Text);
                var lead = problems.Optional($"Sections[{s}].Lines[{l}].Lead", edit.Lead, "The bold opening", LeadMaxLength);
                var text = problems.Optional($"Sections[{s}].Lines[{l}].Text", edit.Text, "The line", TextMaxLength);
                if (lead is null && text is null && line.PhotoId is null)
                {
                    continue;
                }

                lines.Add(line with { Lead = lead, Text = text ?? "" });
            }

            sections.Add(section with { Lines = lines });
        }

        return before with { Title = title, TitleLine = titleLine, Figures = figures, Sections = sections };
    }

    // By role, not by name: a source is shared with the report.
    private static string Editor(ReportReader by) => by.Role switch
    {
        Communities.CommunityRole.CoLead => "a co-lead",
        Communities.CommunityRole.Facilitator => "a facilitator",
        _ => "a site admin",
    };

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
