using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
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
                "identities and version 1 of its charter. Without a slug, one is made from the name. Sending the same community " +
                "again answers 200 with it, not a second one; a slug another community has is a conflict (409).")
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
        if (!await founding.MayFoundAsync(personId, http.User.IsInRole(SiteRoles.Admin), cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                detail: "Only a site admin, or a co-lead of a community, can start a community.");
        }

        var request = new CommunityFounding.Request(input.Name, input.Slug, input.Purpose, input.Region, input.Contact, input.Visibility);
        var result = await founding.FoundAsync(request, personId, cancellationToken);
        switch (result.Outcome)
        {
            case CommunityFounding.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case CommunityFounding.Outcome.SlugTaken:
                return ApiProblems.Conflict(result.Refusal!);
        }

        var community = result.Community!;
        var founder = await db.Memberships.AsNoTracking().SingleAsync(m => m.CommunityId == community.Id && m.PersonId == personId, cancellationToken);
        var detail = await DetailAsync(db, community, founder, cancellationToken);
        return result.Outcome == CommunityFounding.Outcome.AlreadyFounded
            ? TypedResults.Ok(detail)
            : TypedResults.Created(Location(community.Slug), detail);
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
