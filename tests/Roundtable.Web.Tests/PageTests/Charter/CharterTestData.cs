using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Charter;

// Builders and readers for the charter's tests.
public static class CharterTestData
{
    public static string CharterPath(this Community community, string rest = "") => $"/communities/{community.Slug}/charter{rest}";

    public static async Task<(Person Person, HttpClient Browser)> JoinedAsync(
        this RoundtableApp app, Community community, string name, CommunityRole role = CommunityRole.Member, Naming naming = Naming.FullName)
    {
        var person = await app.CreatePersonAsync(name);
        await app.JoinAsync(community, person, role);
        await app.SetNamingAsync(community, person, naming);
        return (person, await app.BrowserForAsync(person));
    }

    // As a community made before charters existed is: no versions at all.
    public static async Task<Community> CreateCommunityWithoutCharterAsync(this RoundtableApp app)
    {
        var community = await app.CreateCommunityAsync();
        await app.WithDbAsync(async db =>
        {
            var versions = db.CharterVersions.Where(v => v.CommunityId == community.Id).Select(v => v.Id);
            await db.CharterSections.Where(s => versions.Contains(s.VersionId)).ExecuteDeleteAsync();
            await db.DiscussionPrinciples.Where(p => versions.Contains(p.VersionId)).ExecuteDeleteAsync();
            return await db.CharterVersions.Where(v => v.CommunityId == community.Id).ExecuteDeleteAsync();
        });
        return community;
    }

    public static Task SetNamingAsync(this RoundtableApp app, Community community, Person person, Naming naming, string? jobRole = null) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            membership.Naming = naming;
            membership.JobRole = jobRole;
            return await db.SaveChangesAsync();
        });

    public static Task LeaveAsync(this RoundtableApp app, Community community, Person person) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == community.Id && m.PersonId == person.Id);
            membership.LeftAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

    public static Task<CharterVersion> CurrentCharterAsync(this RoundtableApp app, Community community) =>
        app.InScopeAsync<CharterVersion>(async services =>
            (await services.GetRequiredService<Charters>().CurrentAsync(community.Id))!);

    public static Task<List<int>> VersionNumbersAsync(this RoundtableApp app, Community community) =>
        app.WithDbAsync(db => db.CharterVersions.Where(v => v.CommunityId == community.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());

    public static async Task<string> SectionBodyAsync(this RoundtableApp app, Community community, string key) =>
        (await app.CurrentCharterAsync(community)).Sections.Single(s => s.Key == key).Body;

    // A change saved the way the edit page saves it, as a given co-lead.
    public static Task<CharterSave> SaveSectionAsync(this RoundtableApp app, Community community, Person author, string key, string body, string note = "A change") =>
        app.InScopeAsync(async services =>
        {
            var charters = services.GetRequiredService<Charters>();
            var current = (await charters.CurrentAsync(community.Id))!;
            return await charters.SaveSectionAsync(community.Id, key, body, note, current.Number, author.Id);
        });

    public static Task<ToBeConfirmed> AddToBeConfirmedAsync(
        this RoundtableApp app, Community community, DateOnly dueOn, string text = "How the lived experience group want to be named",
        string key = CharterTemplate.HowWeAreStructured, string confirmedWith = "the lived experience group") =>
        app.WithDbAsync(async db =>
        {
            var item = new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = key,
                Text = text,
                DueOn = dueOn,
                ConfirmedWith = confirmedWith,
                CreatedById = Guid.Empty,
                CreatedAt = app.Clock.GetUtcNow(),
            };
            db.ToBeConfirmed.Add(item);
            await db.SaveChangesAsync();
            return item;
        });

    public static Task<CharterSuggestion> AddSuggestionAsync(
        this RoundtableApp app, Community community, Person author, string body, string key = CharterTemplate.OurValues, string reason = "It says more about us",
        int basedOn = 1) =>
        app.WithDbAsync(async db =>
        {
            var suggestion = new CharterSuggestion
            {
                CommunityId = community.Id,
                SectionKey = key,
                BasedOnVersion = basedOn,
                ProposedBody = body,
                Reason = reason,
                AuthorId = author.Id,
                CreatedAt = app.Clock.GetUtcNow(),
                SubmissionKey = Guid.NewGuid(),
            };
            db.CharterSuggestions.Add(suggestion);
            await db.SaveChangesAsync();
            return suggestion;
        });

    public static Task<CharterSuggestion> SuggestionAsync(this RoundtableApp app, Guid id) =>
        app.WithDbAsync(db => db.CharterSuggestions.AsNoTracking().SingleAsync(s => s.Id == id));

    public static async Task<T> InScopeAsync<T>(this RoundtableApp app, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}
