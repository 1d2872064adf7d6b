using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Communities;

// Changing what a community says about itself. Each change is checked against the version the
// co-lead saw, so two co-leads editing at once never silently overwrite each other; saving what is
// already saved (a second click, or the same change made twice) changes nothing.
public sealed class CommunitySettings(RoundtableDb db, TimeProvider clock)
{
    // The community's details as they should be after the change. SeenVersion is the version the
    // co-lead was shown (Community.Version); without one, it changes the details as they are now.
    public sealed record Change(string? Name, string? Purpose, string? Region, string? Contact, CommunityVisibility? Visibility, int? SeenVersion);

    public enum Outcome
    {
        Saved,
        Unchanged,

        // What they sent has Problems: nothing changed.
        Invalid,
        ChangedMeanwhile,
        NotFound,
    }

    // Current: the community as it is saved now.
    public sealed record Result(Outcome Outcome, Community? Current, IReadOnlyList<Problem> Problems, string? Refusal = null);

    private const string ChangedMeanwhile = "Someone else changed these details while you were editing.";

    public async Task<Result> ChangeAsync(Guid communityId, Change change, CancellationToken cancellationToken = default)
    {
        var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken);
        if (community is null)
        {
            return new(Outcome.NotFound, null, []);
        }

        var problems = new Problems();
        var about = CommunityAbout.Read(problems, change.Name, change.Purpose, change.Region, change.Contact, change.Visibility);
        // Someone else's change comes first, even before what is wrong with this one: it may be why.
        if (change.SeenVersion is { } seen && seen != community.Version && !about.Same(community))
        {
            return new(Outcome.ChangedMeanwhile, community, [], ChangedMeanwhile);
        }

        if (problems.Any)
        {
            return new(Outcome.Invalid, community, problems);
        }

        if (about.Same(community))
        {
            return new(Outcome.Unchanged, community, []);
        }

        community.Name = about.Name!;
        community.Purpose = about.Purpose!;
        community.Region = about.Region!;
        community.Contact = about.Contact;
        community.Visibility = about.Visibility!.Value;
        community.UpdatedAt = clock.GetUtcNow();
        community.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save landed between our read and our write.
            await db.Entry(community).ReloadAsync(cancellationToken);
            return new(Outcome.ChangedMeanwhile, community, [], ChangedMeanwhile);
        }

        return new(Outcome.Saved, community, []);
    }
}
