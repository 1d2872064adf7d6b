using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Members;

// Builders and readers for the membership tests (pages under /communities/{slug}/members,
// /join, /leave and /invitations).
public static partial class MembersTestData
{
    public static string UniqueEmail(string stem = "invitee") => $"{TestData.Unique(stem)}@example.org";

    public static async Task<(Community Community, Person CoLead, HttpClient Browser)> CommunityWithCoLeadAsync(
        this RoundtableApp app, CommunityVisibility visibility = CommunityVisibility.Listed)
    {
        var community = await app.CreateCommunityAsync(visibility);
        var coLead = await app.CreatePersonAsync("Casey Lead");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        return (community, coLead, await app.BrowserForAsync(coLead));
    }

    // An invitation made the way the invite page makes it, without its email; returns the link's token.
    public static async Task<string> InviteAsync(
        this RoundtableApp app, Community community, Person by, string email, CommunityRole role = CommunityRole.Member, bool livedExpertGroup = false)
    {
        InvitationSend result = null!;
        await app.WithScopeAsync(async services => result = await services.GetRequiredService<Inviting>()
            .SendAsync(community.Id, email, role, livedExpertGroup, by.Id, Guid.NewGuid()));
        return Assert.IsType<InvitationSend.Sent>(result).Token;
    }

    public static Task<Membership?> MembershipAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id));

    public static Task<List<Invitation>> InvitationsToAsync(this RoundtableApp app, Community community, string email) =>
        app.WithDbAsync(db => db.Invitations.AsNoTracking()
            .Where(i => i.CommunityId == community.Id && i.Email == email)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync());

    public static Task<List<JoinRequest>> RequestsAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(db => db.JoinRequests.AsNoTracking()
            .Where(r => r.CommunityId == community.Id && r.PersonId == person.Id)
            .OrderBy(r => r.CreatedAt)
            .ToListAsync());

    public static Task UpdateMembershipAsync(this RoundtableApp app, Community community, Person person, Action<Membership> change) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            change(membership);
            return await db.SaveChangesAsync();
        });

    public static Task AddToSubGroupAsync(this RoundtableApp app, Community community, Guid membershipId) =>
        app.WithDbAsync(async db =>
        {
            var group = new SubGroup
            {
                CommunityId = community.Id, Name = "System mapping", Purpose = "Map who does what.", CreatedAt = app.Clock.GetUtcNow(),
            };
            db.SubGroups.Add(group);
            db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = group.Id, MembershipId = membershipId, JoinedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

    // A request to join, asked as the person would through the join page.
    public static async Task<JoinRequest> AskToJoinAsync(this RoundtableApp app, Community community, Person person, string? message = null)
    {
        JoinAsk result = null!;
        await app.WithScopeAsync(async services =>
            result = await services.GetRequiredService<JoinRequests>().AskAsync(community, person.Id, message));
        return Assert.IsType<JoinAsk.Asked>(result).Request;
    }

    // The path of the invitation link in the newest email to this address.
    public static async Task<string> LatestInvitationLinkAsync(this RoundtableApp app, string email)
    {
        var messages = await app.MessagesToAsync(email);
        var link = InvitationLink().Match(Assert.Single(messages.TakeLast(1)).Body);
        Assert.True(link.Success, "The email has no invitation link.");
        return new Uri(link.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/invitations/\S+")]
    private static partial Regex InvitationLink();
}
