using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The people in a community, as its members see each other: named only as each chose, and
// never by email, identity or id.
public static class MembersApi
{
    // InLivedExpertGroup and AccessNeeds are left out entirely, not sent empty, for callers
    // who may not know them.
    public sealed record Member(
        string Name,
        CommunityRole Role,
        string? Offers,
        string? LookingFor,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? InLivedExpertGroup,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MemberAccessNeeds? AccessNeeds);

    public sealed record MemberAccessNeeds(IReadOnlyList<string> Needs, string? Other);

    public sealed record CommunitySubGroup(Guid Id, string Name, string Purpose, IReadOnlyList<string> Members);

    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder community)
    {
        community.MapGet("/members", ListMembersAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ListMembers")
            .WithSummary("The community's members, as each chose to be named, with what they offer and look for.")
            .WithDescription(
                "inLivedExpertGroup is included only for members of the lived-expert group and co-leads; " +
                "accessNeeds only for facilitators and co-leads, who plan sessions around them.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sub-groups", ListSubGroupsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ListSubGroups")
            .WithSummary("The community's sub-groups, what each is for, and its members as they chose to be named.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return community;
    }

    private static async Task<Ok<List<Member>>> ListMembersAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var seesGroup = CommunityAccess.InLivedExpertSpace(here.Membership);
        var seesNeeds = here.Allows(CommunityRole.Facilitator);
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == here.Community.Id && m.LeftAt == null)
            .Select(m => new
            {
                Named = new Named(m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation),
                m.Role,
                m.Offers,
                m.LookingFor,
                m.InLivedExpertGroup,
                m.AccessNeeds,
                m.OtherAccessNeeds,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(members
            .Select(m => new Member(
                m.Named.AsTheyChose,
                m.Role,
                m.Offers,
                m.LookingFor,
                seesGroup ? m.InLivedExpertGroup : null,
                seesNeeds ? new MemberAccessNeeds(Needs(m.AccessNeeds), m.OtherAccessNeeds) : null))
            .OrderByDescending(m => m.Role)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList());
    }

    private static async Task<Ok<List<CommunitySubGroup>>> ListSubGroupsAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var community = (await current.FindAsync(slug, http.User, cancellationToken))!.Community;
        var groups = await db.SubGroups.AsNoTracking()
            .Where(g => g.CommunityId == community.Id)
            .OrderBy(g => g.Name)
            .Select(g => new
            {
                g.Id,
                g.Name,
                g.Purpose,
                Members = g.Members
                    .Where(m => m.Membership.LeftAt == null)
                    .Select(m => new Named(m.Membership.Naming, m.Membership.Person.DisplayName, m.Membership.JobRole, m.Membership.Organisation))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(groups
            .Select(g => new CommunitySubGroup(
                g.Id, g.Name, g.Purpose, g.Members.Select(m => m.AsTheyChose).Order(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList());
    }

    private static List<string> Needs(AccessNeeds needs) =>
        Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None && needs.HasFlag(n)).Select(n => n.ToString()).ToList();
}
