using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

public static class CommunitiesApi
{
    public sealed record CommunityDetail(
        string Slug,
        string Name,
        string Purpose,
        string Region,
        string? Contact,
        CommunityVisibility Visibility,
        IReadOnlyList<string> CoLeads,
        int MemberCount,
        CommunityRole? YourRole,
        bool InLivedExpertGroup);

    public sealed record NewCommunity(
        string? Slug, string? Name, string? Purpose, string? Region, string? Contact, CommunityVisibility? Visibility);

    public static RouteGroupBuilder MapCommunitiesApi(this RouteGroupBuilder communities)
    {
        communities.MapGet("/", ListAsync)
            .WithName("ListCommunities")
            .WithSummary("The communities the caller can see: every listed community, and those they belong to.");

        communities.MapPost("/", CreateAsync)
            .WithName("CreateCommunity")
            .WithSummary("Start a community, with the caller as its first co-lead.")
            .WithDescription(
                "For site admins and anyone who is a co-lead of a community. The new community starts with the default " +
                "identities and version 1 of its charter. Sending the same community again answers 200 with it, not a second one.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        communities.MapGet("/{slug}", GetAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetCommunity")
            .WithSummary("A community: what it is for, its co-leads, how many members it has, and the caller's place in it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return communities;
    }

    public static string Location(string slug) => $"/api/v1/communities/{slug}";

    private static Task<List<CommunitySummary>> ListAsync(HttpContext http, RoundtableDb db, CancellationToken cancellationToken) =>
        db.ListVisibleAsync(http.User.PersonId()!.Value, http.User.IsInRole(SiteRoles.Admin), cancellationToken);

    private static async Task<Ok<CommunityDetail>> GetAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        // Authorisation has already found the community and the caller's place in it.
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return TypedResults.Ok(await DetailAsync(db, here.Community, here.Membership, cancellationToken));
    }

    private static async Task<Results<Created<CommunityDetail>, Ok<CommunityDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NewCommunity input, HttpContext http, RoundtableDb db, CommunityFounding founding, CancellationToken cancellationToken)
    {
        var personId = http.User.PersonId()!.Value;
        if (!http.User.IsInRole(SiteRoles.Admin) &&
            !await db.Memberships.AnyAsync(m => m.PersonId == personId && m.LeftAt == null && m.Role == CommunityRole.CoLead, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                detail: "Only a site admin, or a co-lead of a community, can start a community.");
        }

        var (details, errors) = Validate(input);
        if (details is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await AlreadyThereAsync(db, details, personId, cancellationToken) is { } answer)
        {
            return answer;
        }

        var community = founding.Found(details, personId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address was taken between our check and our save: by a double submit, or by someone else.
            db.ChangeTracker.Clear();
            return await AlreadyThereAsync(db, details, personId, cancellationToken) ?? throw new InvalidOperationException("The community could not be saved.");
        }

        var founder = await db.Memberships.AsNoTracking().SingleAsync(m => m.CommunityId == community.Id && m.PersonId == personId, cancellationToken);
        return TypedResults.Created(Location(community.Slug), await DetailAsync(db, community, founder, cancellationToken));
    }

    // A slug is taken. The caller sending the same community twice gets it back; anyone else is told to choose another.
    private static async Task<Results<Created<CommunityDetail>, Ok<CommunityDetail>, ValidationProblem, ProblemHttpResult>?> AlreadyThereAsync(
        RoundtableDb db, CommunityFounding.Details details, Guid personId, CancellationToken cancellationToken)
    {
        var existing = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == details.Slug, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var theirs = await db.Memberships.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CommunityId == existing.Id && m.PersonId == personId && m.LeftAt == null, cancellationToken);
        if (theirs is { Role: CommunityRole.CoLead } && Same(existing, details))
        {
            return TypedResults.Ok(await DetailAsync(db, existing, theirs, cancellationToken));
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "That short address is taken",
            detail: $"Another community already uses the short address '{details.Slug}': choose another.");
    }

    private static bool Same(Community community, CommunityFounding.Details details) =>
        community.Name == details.Name && community.Purpose == details.Purpose && community.Region == details.Region &&
        community.Contact == details.Contact && community.Visibility == details.Visibility;

    // The same rules and messages as the community forms, one entry per field that is wrong.
    private static (CommunityFounding.Details? Details, Dictionary<string, string[]> Errors) Validate(NewCommunity input)
    {
        var state = new ModelStateDictionary();
        var slug = input.Slug?.Trim();
        if (Slug.Problem(slug) is { } problem)
        {
            state.AddModelError("slug", problem);
        }

        var name = state.Required("name", input.Name, "Enter the community's name", "Name", Community.NameMaxLength);
        var purpose = state.Required("purpose", input.Purpose, "Enter what the community is for", "Purpose", Community.PurposeMaxLength);
        var region = state.Required("region", input.Region, "Enter the area the community covers", "Area", Community.RegionMaxLength);
        var contact = state.Optional("contact", input.Contact, "Contact", Community.ContactMaxLength);
        // Enum values arrive as names, but a number would be read too.
        var visibility = input.Visibility is { } chosen && Enum.IsDefined(chosen) ? chosen : (CommunityVisibility?)null;
        if (visibility is null)
        {
            state.AddModelError("visibility", "Choose who can find this community");
        }

        if (state.ErrorCount > 0)
        {
            var errors = state
                .Where(entry => entry.Value is { Errors.Count: > 0 })
                .ToDictionary(entry => entry.Key, entry => entry.Value!.Errors.Select(e => e.ErrorMessage).ToArray());
            return (null, errors);
        }

        return (new CommunityFounding.Details(slug!, name!, purpose!, region!, contact, visibility!.Value), []);
    }

    private static async Task<CommunityDetail> DetailAsync(
        RoundtableDb db, Community community, Membership? yours, CancellationToken cancellationToken)
    {
        var members = db.Memberships.AsNoTracking().Where(m => m.CommunityId == community.Id && m.LeftAt == null);
        var coLeads = await members
            .Where(m => m.Role == CommunityRole.CoLead)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new Named(m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation))
            .ToListAsync(cancellationToken);
        var memberCount = await members.CountAsync(cancellationToken);
        var active = yours is { IsActive: true } ? yours : null;
        return new CommunityDetail(
            community.Slug, community.Name, community.Purpose, community.Region, community.Contact, community.Visibility,
            coLeads.Select(c => c.AsTheyChose).ToList(), memberCount, active?.Role, active?.InLivedExpertGroup ?? false);
    }
}
