using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.SystemMap;

public static class MapTestData
{
    public static string MapPath(Community community) => $"/communities/{community.Slug}/map";

    public static string EntryPath(Community community, Guid id) => $"/communities/{community.Slug}/map/{id}";

    // Added through the use case, as a member adds one.
    public static async Task<Guid> AddToMapAsync(
        this RoundtableApp app, Community community, Person by, string name, string kind = "Group", string sector = "VoluntaryAndCommunity", string? offers = null)
    {
        var id = Guid.Empty;
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<MapEntries>().AddAsync(
                community.Id, Guid.CreateVersion7(), new(name, kind, sector, offers, null, null), by.Id);
            id = result.Entry?.Id ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => p.Message)));
        });
        return id;
    }

    public static async Task ConnectAsync(this RoundtableApp app, Community community, Person by, Guid from, Guid to, string how) =>
        await app.WithScopeAsync(services => services.GetRequiredService<MapEntries>().LinkAsync(community.Id, from, new(to, how), by.Id));

    public static Task<MapEntry?> MapEntryNowAsync(this RoundtableApp app, Guid id) =>
        app.WithDbAsync(db => db.MapEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id));

    public static Task<int> MapEntriesCalledAsync(this RoundtableApp app, Community community, string name) =>
        app.WithDbAsync(db => db.MapEntries.CountAsync(e => e.CommunityId == community.Id && e.Name == name));
}
