using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Communities;

// Starting a community: its details checked (every rule, with its words, against its field), the
// person who starts it as its first co-lead, the identities its members can choose from, and
// version 1 of its charter. Starting the same community twice (a double click, a request sent
// again) finds the one the first made.
public sealed class CommunityFounding(RoundtableDb db, Charters charters, TimeProvider clock)
{
    public sealed record Details(string Slug, string Name, string Purpose, string Region, string? Contact, CommunityVisibility Visibility);

    // A community as its founder typed it. Slug is its short address; left empty, one is made from
    // the name.
    public sealed record Request(string? Name, string? Slug, string? Purpose, string? Region, string? Contact, CommunityVisibility? Visibility)
    {
        // The details to save, or null with what is wrong noted against each field.
        public Details? Read(Problems problems)
        {
            var about = CommunityAbout.Read(problems, Name, Purpose, Region, Contact, Visibility);
            var slug = string.IsNullOrWhiteSpace(Slug) ? (about.Name is { } name ? Communities.Slug.From(name) : null) : Slug.Trim();
            if (Communities.Slug.Problem(slug) is { } problem)
            {
                problems.Add(nameof(Slug), problem);
            }

            return problems.Any ? null : new Details(slug!, about.Name!, about.Purpose!, about.Region!, about.Contact, about.Visibility!.Value);
        }
    }

    public enum Outcome
    {
        Founded,

        // The founder had already started this very community: that one, unchanged.
        AlreadyFounded,

        // What they sent has Problems: nothing was saved.
        Invalid,

        // Another community has the short address (Refusal says which).
        SlugTaken,
    }

    public sealed record Result(Outcome Outcome, Community? Community, IReadOnlyList<Problem> Problems, string? Refusal = null);

    // Who may start a community: a site admin, or anyone already trusted to co-lead one.
    public Task<bool> MayFoundAsync(Guid? personId, bool isSiteAdmin, CancellationToken cancellationToken = default) =>
        isSiteAdmin
            ? Task.FromResult(true)
            : personId is null
                ? Task.FromResult(false)
                : db.Memberships.AnyAsync(m => m.PersonId == personId && m.Role == CommunityRole.CoLead && m.LeftAt == null, cancellationToken);

    public async Task<Result> FoundAsync(Request request, Guid founderId, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if (request.Read(problems) is not { } details)
        {
            return new(Outcome.Invalid, null, problems);
        }

        if (await AlreadyThereAsync(details, founderId, cancellationToken) is { } there)
        {
            return there;
        }

        var community = Found(details, founderId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The address was taken between the look and the save: by a double submit, or by someone else.
            db.ChangeTracker.Clear();
            if (await AlreadyThereAsync(details, founderId, cancellationToken) is { } since)
            {
                return since;
            }

            throw;
        }

        return new(Outcome.Founded, community, []);
    }

    // The community with this short address, if there is one: the founder's own, made just now with
    // these same details; or someone else's, and the address is taken.
    private async Task<Result?> AlreadyThereAsync(Details details, Guid founderId, CancellationToken cancellationToken)
    {
        var existing = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == details.Slug, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var theirs = await db.Memberships.AnyAsync(
            m => m.CommunityId == existing.Id && m.PersonId == founderId && m.LeftAt == null && m.Role == CommunityRole.CoLead, cancellationToken);
        return theirs && new CommunityAbout(details.Name, details.Purpose, details.Region, details.Contact, details.Visibility).Same(existing)
            ? new(Outcome.AlreadyFounded, existing, [])
            : new(Outcome.SlugTaken, null, [], $"The short address ‘{details.Slug}’ is already taken: choose another");
    }

    // Adds everything to the context, for details already checked; the caller saves.
    public Community Found(Details details, Guid founderId)
    {
        var now = clock.GetUtcNow();
        var community = new Community
        {
            Slug = details.Slug,
            Name = details.Name,
            Purpose = details.Purpose,
            Region = details.Region,
            Contact = details.Contact,
            Visibility = details.Visibility,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Communities.Add(community);
        db.Memberships.Add(new Membership
        {
            CommunityId = community.Id,
            PersonId = founderId,
            Role = CommunityRole.CoLead,
            JoinedAt = now,
        });
        SetUp(community, founderId);
        return community;
    }

    // What every community starts with: the identities on offer and version 1 of its charter.
    public void SetUp(Community community, Guid authorId)
    {
        var position = 0;
        foreach (var option in IdentityDefaults.All)
        {
            db.IdentityOptions.Add(new IdentityOption
            {
                CommunityId = community.Id,
                Name = option.Name,
                Kind = option.Kind,
                Position = position++,
            });
        }

        charters.StartFirst(community, authorId);
    }
}
