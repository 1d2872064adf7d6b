using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Tests.Infrastructure;

// Small builders for what tests need, each with unique names so tests sharing an app
// never collide.
public static class TestData
{
    private static int counter;

    public static string Unique(string stem) => $"{stem}-{Interlocked.Increment(ref counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<Community> CreateCommunityAsync(
        this RoundtableApp app, CommunityVisibility visibility = CommunityVisibility.Listed, string? name = null)
    {
        var slug = Unique("community");
        var community = new Community
        {
            Slug = slug,
            Name = name ?? $"Community {slug}",
            Purpose = "To learn from each other and change how services work.",
            Region = "Testshire",
            Contact = "cop@example.org",
            Visibility = visibility,
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        // Every community starts with its identities and charter version 1; written here by
        // someone who is not a member, so tests choose the members themselves.
        var author = await app.CreatePersonAsync("Charter Author");
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RoundtableDb>();
            db.Communities.Add(community);
            services.GetRequiredService<CommunityFounding>().SetUp(community, author.Id);
            await db.SaveChangesAsync();
        });
        return community;
    }

    public static async Task<Person> CreatePersonAsync(this RoundtableApp app, string? name = "Alex Test", string? email = null)
    {
        Person person = null!;
        await app.WithScopeAsync(async services =>
        {
            person = await services.GetRequiredService<Accounts>().FindOrCreateAsync(email ?? $"{Unique("person")}@example.org");
            person.DisplayName = name;
            await services.GetRequiredService<RoundtableDb>().SaveChangesAsync();
        });
        return person;
    }

    public static Task JoinAsync(this RoundtableApp app, Community community, Person person, CommunityRole role = CommunityRole.Member, bool livedExpertGroup = false) =>
        app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership
            {
                CommunityId = community.Id,
                PersonId = person.Id,
                Role = role,
                InLivedExpertGroup = livedExpertGroup,
                JoinedAt = app.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

    public static Task MakeSiteAdminAsync(this RoundtableApp app, Person person) =>
        app.WithScopeAsync(async services =>
        {
            var accounts = services.GetRequiredService<Accounts>();
            await accounts.MakeSiteAdminAsync((await accounts.FindAsync(person.Email!))!);
        });

    public static async Task<string> CreateTokenAsync(this RoundtableApp app, Person person)
    {
        var token = "";
        await app.WithScopeAsync(async services => token = await services.GetRequiredService<ApiTokens>().CreateAsync(person, "test"));
        return token;
    }

    // A session (or preparation meeting) numbered after the community's others, at 14:00 to
    // 16:00 UK time on the given date.
    public static async Task<Session> CreateSessionAsync(
        this RoundtableApp app, Community community, DateOnly date, SessionKind kind = SessionKind.Session,
        int? capacity = null, SessionFormat format = SessionFormat.Online, string? topic = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var number = 1 + (await db.Sessions.Where(s => s.CommunityId == community.Id && s.Kind == kind).MaxAsync(s => (int?)s.Number) ?? 0);
            var session = new Session
            {
                CommunityId = community.Id,
                Kind = kind,
                Number = number,
                Topic = topic,
                StartsAt = UkTimeZone.ToUtc(date, new TimeOnly(14, 0)),
                EndsAt = UkTimeZone.ToUtc(date, new TimeOnly(16, 0)),
                Format = format,
                MeetingLink = format == SessionFormat.InPerson ? null : "https://meet.example.org/roundtable",
                Capacity = capacity,
                CreatedAt = app.Clock.GetUtcNow(),
                UpdatedAt = app.Clock.GetUtcNow(),
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });
    }
}
