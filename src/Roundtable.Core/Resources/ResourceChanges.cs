using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Resources;

public enum ResourceOutcome
{
    Saved,

    // Already so (a second submit of the same form): nothing changed.
    Unchanged,

    // What they sent has Problems: nothing changed.
    Invalid,

    // Someone changed it since it was read: nothing changed, Refusal says so.
    ChangedMeanwhile,

    // Neither its adder nor a co-lead.
    NotYours,
    NotFound,
}

public sealed record ResourceResult(ResourceOutcome Outcome, Resource? Resource, IReadOnlyList<Problem> Problems, string? Refusal = null)
{
    public bool Done => Outcome is ResourceOutcome.Saved or ResourceOutcome.Unchanged;

    internal static ResourceResult Invalid(IReadOnlyList<Problem> problems) => new(ResourceOutcome.Invalid, null, problems);

    internal static readonly ResourceResult NotFound = new(ResourceOutcome.NotFound, null, []);

    internal static readonly ResourceResult NotYours = new(ResourceOutcome.NotYours, null, [], "Only the person who added it and the co-leads can change it.");
}

// A file as it came in: the name it was sent with and its bytes (read up to one byte past the limit).
public sealed record NewFile(string? FileName, byte[] Bytes)
{
    // One byte past the limit is enough for the rules to say it is too large; nothing more is read.
    public static async Task<NewFile> ReadAsync(string? fileName, Stream source, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = source;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return new NewFile(fileName, buffer.ToArray());
    }
}

// Dates and times are as people type them ("26/06/2026", "2pm"); Kind is fixed once added.
public sealed record ResourceInput(
    ResourceKind? Kind,
    string? Title,
    string? Description,
    string? Url,
    string? Where = null,
    string? StartsOn = null,
    string? StartTime = null,
    string? EndsOn = null,
    string? EndTime = null,
    IReadOnlyList<Guid>? SessionIds = null,
    IReadOnlyList<Guid>? ThemeIds = null,
    NewFile? File = null);

// Adding, changing and removing the community's resources. Every rule is here: the pages and the
// API only pass on what they were sent.
public sealed class ResourceChanges(RoundtableDb db, CommunityThemes themes, TimeProvider clock, IOptions<ResourceOptions> options)
{
    public const string ChangedMeanwhile = "Someone else changed this resource while you were looking at it. Check it and try again.";

    public int MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<ResourceResult> AddAsync(
        Guid communityId, Guid submissionKey, ResourceInput input, ResourceVisitor visitor, CancellationToken cancellationToken = default)
    {
        var already = await db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.SubmissionKey == submissionKey, cancellationToken);
        if (already is not null && submissionKey != Guid.Empty)
        {
            return already.CommunityId == communityId ? new(ResourceOutcome.Unchanged, already, []) : ResourceResult.NotFound;
        }

        var problems = new Problems();
        var kind = problems.Chosen(nameof(ResourceInput.Kind), input.Kind, "Choose whether it is a link, a file or an event");
        var now = clock.GetUtcNow();
        var resource = new Resource
        {
            CommunityId = communityId, SubmissionKey = submissionKey == Guid.Empty ? Guid.NewGuid() : submissionKey,
            Kind = kind ?? ResourceKind.Link, Title = "", AddedById = visitor.PersonId, AddedAt = now, UpdatedAt = now,
        };
        if (kind is not null)
        {
            Check(resource, input, problems, fileRequired: true);
        }

        await TagAsync(resource, communityId, input, visitor, problems, cancellationToken);
        if (problems.Any)
        {
            return ResourceResult.Invalid(problems);
        }

        db.Resources.Add(resource);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the first one in is the one kept.
            db.ChangeTracker.Clear();
            var first = await db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.SubmissionKey == submissionKey, cancellationToken);
            return first is not null ? new(ResourceOutcome.Unchanged, first, []) : throw new InvalidOperationException("The resource could not be saved.");
        }

        return new(ResourceOutcome.Saved, resource, []);
    }

    public async Task<ResourceResult> EditAsync(
        Guid communityId, Guid resourceId, int? seenVersion, ResourceInput input, ResourceVisitor visitor, CancellationToken cancellationToken = default)
    {
        var resource = await db.Resources.VisibleTo(visitor).Include(r => r.Sessions).Include(r => r.Themes)
            .FirstOrDefaultAsync(r => r.CommunityId == communityId && r.Id == resourceId, cancellationToken);
        if (resource is null)
        {
            return ResourceResult.NotFound;
        }

        if (!visitor.MayChange(resource))
        {
            return ResourceResult.NotYours;
        }

        if (seenVersion is { } seen && seen != resource.Version)
        {
            return new(ResourceOutcome.ChangedMeanwhile, resource, [], ChangedMeanwhile);
        }

        var problems = new Problems();
        if (input.File is not null && resource.Kind == ResourceKind.File)
        {
            // A new file replaces the old one.
            await db.Entry(resource).Reference(r => r.File).LoadAsync(cancellationToken);
        }

        Check(resource, input, problems, fileRequired: false);
        await TagAsync(resource, communityId, input, visitor, problems, cancellationToken);
        if (problems.Any)
        {
            db.ChangeTracker.Clear();
            return ResourceResult.Invalid(problems);
        }

        resource.UpdatedAt = clock.GetUtcNow();
        resource.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ResourceOutcome.ChangedMeanwhile, null, [], ChangedMeanwhile);
        }

        return new(ResourceOutcome.Saved, resource, []);
    }

    // Removing one already removed (a second click) finds nothing, and says so.
    public async Task<ResourceResult> RemoveAsync(
        Guid communityId, Guid resourceId, ResourceVisitor visitor, CancellationToken cancellationToken = default)
    {
        var resource = await db.Resources.VisibleTo(visitor).Include(r => r.Sessions).Include(r => r.Themes)
            .FirstOrDefaultAsync(r => r.CommunityId == communityId && r.Id == resourceId, cancellationToken);
        if (resource is null)
        {
            return ResourceResult.NotFound;
        }

        if (!visitor.MayChange(resource))
        {
            return ResourceResult.NotYours;
        }

        db.Resources.Remove(resource);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ResourceResult.NotFound;
        }

        return new(ResourceOutcome.Saved, resource, []);
    }

    private void Check(Resource resource, ResourceInput input, Problems problems, bool fileRequired)
    {
        var title = problems.Required(nameof(ResourceInput.Title), input.Title, "Enter a title", "The title", Resource.TitleMaxLength);
        var description = problems.Optional(nameof(ResourceInput.Description), input.Description, "The description", Resource.DescriptionMaxLength);
        resource.Title = title ?? "";
        resource.Description = description;
        switch (resource.Kind)
        {
            case ResourceKind.Link:
                resource.Url = Address(problems, input.Url, required: true);
                break;
            case ResourceKind.Event:
                resource.Url = Address(problems, input.Url, required: false);
                resource.Where = problems.Optional(nameof(ResourceInput.Where), input.Where, "Where it is", Resource.WhereMaxLength);
                Dates(resource, input, problems);
                break;
            case ResourceKind.File:
                if (input.File is { } file)
                {
                    File(resource, file, problems);
                }
                else if (fileRequired)
                {
                    problems.Add(nameof(ResourceInput.File), "Select a file");
                }

                break;
        }
    }

    private static string? Address(Problems problems, string? value, bool required)
    {
        const string field = nameof(ResourceInput.Url);
        const string whenNotAnAddress = "Enter a full web address, starting with https://, like https://www.nhs.uk";
        return required
            ? problems.RequiredWebAddress(field, value, "Enter the web address", "The web address", Resource.UrlMaxLength, whenNotAnAddress)
            : problems.WebAddress(field, value, "The web address", Resource.UrlMaxLength, whenNotAnAddress);
    }

    private static void Dates(Resource resource, ResourceInput input, Problems problems)
    {
        DateOnly? startsOn = null;
        if (string.IsNullOrWhiteSpace(input.StartsOn))
        {
            problems.Add(nameof(ResourceInput.StartsOn), "Enter the date the event starts");
        }
        else if ((startsOn = TypedDates.ParseDate(input.StartsOn)) is null)
        {
            problems.Add(nameof(ResourceInput.StartsOn), "Enter a real date, like 26/06/2026");
        }

        var startTime = OptionalTime(problems, nameof(ResourceInput.StartTime), input.StartTime);
        DateOnly? endsOn = null;
        if (!string.IsNullOrWhiteSpace(input.EndsOn) && (endsOn = TypedDates.ParseDate(input.EndsOn)) is null)
        {
            problems.Add(nameof(ResourceInput.EndsOn), "Enter a real date, like 26/06/2026");
        }

        var endTime = OptionalTime(problems, nameof(ResourceInput.EndTime), input.EndTime);
        if (startsOn is { } start && (endsOn ?? start) is var end && (end < start || (end == start && endTime is { } until && startTime is { } from && until <= from)))
        {
            problems.Add(end < start ? nameof(ResourceInput.EndsOn) : nameof(ResourceInput.EndTime), "The end must be after the start");
        }

        (resource.StartsOn, resource.StartTime, resource.EndsOn, resource.EndTime) = (startsOn, startTime, endsOn, endTime);
    }

    private static TimeOnly? OptionalTime(Problems problems, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var time = TypedDates.ParseTime(text);
        if (time is null)
        {
            problems.Add(field, "Enter a real time, like 14:00 or 2pm");
        }

        return time;
    }

    private void File(Resource resource, NewFile file, Problems problems)
    {
        const string field = nameof(ResourceInput.File);
        var limit = options.Value.MaxFileBytes;
        if (file.Bytes.Length == 0)
        {
            problems.Add(field, "The selected file is empty");
            return;
        }

        if (file.Bytes.Length > limit)
        {
            problems.Add(field, $"The selected file must be smaller than {Size(limit)}");
            return;
        }

        var named = FileTypes.ByExtension(file.FileName ?? "");
        var actual = FileTypes.ByContent(file.Bytes, named);
        if (named is null)
        {
            problems.Add(field, $"The selected file must be {FileTypes.AllowedInWords}");
            return;
        }

        if (actual != named && !(named == FileTypes.Csv && actual == FileTypes.Text))
        {
            problems.Add(field, actual is null
                ? $"The selected file is not {named.Name}, as its name says. Choose {FileTypes.AllowedInWords}"
                : $"The selected file is not {named.Name}, as its name says: it is {actual.Name}. Rename it to what it is, or choose another");
            return;
        }

        var stored = resource.File ??= new ResourceFile { ResourceId = resource.Id, Bytes = [], ContentType = "", FileName = "" };
        (stored.Bytes, stored.ContentType, stored.FileName, stored.Length) = (file.Bytes, named.ContentType, FileTypes.SafeName(file.FileName, named), file.Bytes.Length);
    }

    public static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024d * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    // Sessions and themes it is tagged to: only those this person may see.
    private async Task TagAsync(Resource resource, Guid communityId, ResourceInput input, ResourceVisitor visitor, Problems problems, CancellationToken cancellationToken)
    {
        var sessionIds = (input.SessionIds ?? []).Distinct().ToList();
        var sessions = await db.Sessions.Where(s => s.CommunityId == communityId && sessionIds.Contains(s.Id)).VisibleTo(visitor.Membership).ToListAsync(cancellationToken);
        if (sessions.Count != sessionIds.Count)
        {
            problems.Add(nameof(ResourceInput.SessionIds), "Choose sessions from the list");
        }

        var themeIds = (input.ThemeIds ?? []).Distinct().ToList();
        var book = themeIds.Count == 0 ? null : await themes.ReadAsync(communityId, visitor.Membership, cancellationToken);
        var visibleThemes = book?.Themes.Select(t => t.Theme.Id).Where(themeIds.Contains).ToList() ?? [];
        if (visibleThemes.Count != themeIds.Count)
        {
            problems.Add(nameof(ResourceInput.ThemeIds), "Choose themes from the list");
        }

        if (problems.Any)
        {
            return;
        }

        resource.Sessions.RemoveAll(s => !sessionIds.Contains(s.Id));
        resource.Sessions.AddRange(sessions.Where(s => !resource.Sessions.Exists(t => t.Id == s.Id)));
        var tracked = await db.Themes.Where(t => visibleThemes.Contains(t.Id)).ToListAsync(cancellationToken);
        resource.Themes.RemoveAll(t => !themeIds.Contains(t.Id));
        resource.Themes.AddRange(tracked.Where(t => !resource.Themes.Exists(r => r.Id == t.Id)));
    }
}
