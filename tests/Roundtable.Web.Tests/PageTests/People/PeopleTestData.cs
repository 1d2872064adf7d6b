using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.People;

// Builders for the people pages' tests: members with a browser each, what they have said
// about themselves, and the community's options and sub-groups.
public static class PeopleTestData
{
    public static async Task<(Person Person, HttpClient Browser)> MemberAsync(
        this RoundtableApp app, Community community, string name, CommunityRole role = CommunityRole.Member, bool livedExpertGroup = false)
    {
        var person = await app.CreatePersonAsync(name);
        await app.JoinAsync(community, person, role, livedExpertGroup);
        return (person, await app.BrowserForAsync(person));
    }

    public static Task<Membership> MembershipAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking()
            .Include(m => m.Identities).ThenInclude(i => i.IdentityOption)
            .Include(m => m.ConsentChanges)
            .SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id));

    public static Task ChangeMembershipAsync(this RoundtableApp app, Community community, Person person, Action<Membership> change) =>
        app.WithDbAsync(async db =>
        {
            change(await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id));
            return await db.SaveChangesAsync();
        });

    public static Task<Guid> OptionIdAsync(this RoundtableApp app, Community community, string name) =>
        app.WithDbAsync(db => db.IdentityOptions.Where(o => o.CommunityId == community.Id && o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task ChangeOptionAsync(this RoundtableApp app, Community community, string name, Action<IdentityOption> change) =>
        app.WithDbAsync(async db =>
        {
            change(await db.IdentityOptions.SingleAsync(o => o.CommunityId == community.Id && o.Name == name));
            return await db.SaveChangesAsync();
        });

    public static Task GiveIdentitiesAsync(this RoundtableApp app, Community community, Person person, params string[] optionNames) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            var options = await db.IdentityOptions.Where(o => o.CommunityId == community.Id && optionNames.Contains(o.Name)).ToListAsync();
            Assert.Equal(optionNames.Length, options.Count);
            db.MemberIdentities.AddRange(options.Select(o => new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = o.Id }));
            return await db.SaveChangesAsync();
        });

    public static async Task<Guid> CreateSubGroupAsync(this RoundtableApp app, Community community, string name, string purpose = "To take the work forward.")
    {
        var id = Guid.Empty;
        await app.WithScopeAsync(async services =>
        {
            var started = await services.GetRequiredService<SubGroups>().CreateAsync(community.Id, Guid.CreateVersion7(), name, purpose);
            id = started.Id!.Value;
        });
        return id;
    }
}
