using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.RunningOrders;

namespace Roundtable.EndToEndTests.Infrastructure;

// A community made straight in the app's database, with its people already in it, for journeys
// that start inside a community rather than with its founding (CommunityJourneyTests covers that).
// Names and emails are the test's own, so every run has a community of its own.
public static class TestCommunities
{
    public sealed record Member(
        string Name,
        string Email,
        CommunityRole Role = CommunityRole.Member,
        AccessNeeds AccessNeeds = AccessNeeds.None,
        string? OtherAccessNeeds = null);

    // The first member founds it, so is a co-lead whatever their Role says.
    public static async Task<string> CreateAsync(RoundtableServer server, string name, IReadOnlyList<Member> members)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RoundtableDb>();
        var accounts = services.GetRequiredService<Accounts>();
        var people = new List<Person>();
        foreach (var member in members)
        {
            var person = await accounts.FindOrCreateAsync(member.Email);
            person.DisplayName = member.Name;
            people.Add(person);
        }

        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var community = services.GetRequiredService<CommunityFounding>().Found(
            new CommunityFounding.Details(slug, name, "To learn from each other and change how services work.", "Wyebridge", null, CommunityVisibility.Listed),
            people[0].Id);
        var founder = db.ChangeTracker.Entries<Membership>().Select(e => e.Entity).Single(m => m.CommunityId == community.Id);
        for (var i = 0; i < members.Count; i++)
        {
            var membership = i == 0 ? founder : new Membership { CommunityId = community.Id, PersonId = people[i].Id, Role = members[i].Role, JoinedAt = community.CreatedAt };
            membership.Naming = Naming.FullName;
            membership.AccessNeeds = members[i].AccessNeeds;
            membership.OtherAccessNeeds = members[i].OtherAccessNeeds;
            if (i > 0)
            {
                db.Memberships.Add(membership);
            }
        }

        await db.SaveChangesAsync();
        return slug;
    }

    // Session 1 of the community, started five minutes ago, with the Stoke running order: a room
    // to open now.
    public static async Task<int> SessionNowAsync(RoundtableServer server, string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        var community = db.Communities.Single(c => c.Slug == slug);
        var now = server.Clock.GetUtcNow();
        var session = new Session
        {
            CommunityId = community.Id,
            Kind = SessionKind.Session,
            Number = 1,
            Topic = "Feeling safe in services",
            StartsAt = now.AddMinutes(-5),
            EndsAt = now.AddMinutes(115),
            Format = SessionFormat.Online,
            MeetingLink = "https://meet.example.org/wyebridge",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Sessions.Add(session);
        db.RunningOrderItems.AddRange(RunningOrderTemplates.ItemsFor(RunningOrderTemplates.Stoke, session.Id));
        await db.SaveChangesAsync();
        return session.Number;
    }
}
