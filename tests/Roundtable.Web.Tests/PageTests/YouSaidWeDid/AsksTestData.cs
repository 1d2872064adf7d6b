using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.YouSaidWeDid;

// Builders for "you said, we did": requests added and changed through Core, as a co-lead would.
public static class AsksTestData
{
    public static string LedgerPath(Community community) => $"/communities/{community.Slug}/you-said-we-did";

    public static string AskPath(Community community, Guid askId) => $"/communities/{community.Slug}/you-said-we-did/{askId}";

    // From a contribution when one is given (its words, its speaker), otherwise added directly.
    public static async Task<Guid> AskAsync(this RoundtableApp app, Community community, Person by, string? words, Guid? contribution = null)
    {
        Asks.Result result = null!;
        await app.WithScopeAsync(async services => result = await services.GetRequiredService<Asks>().AddAsync(
            community.Id,
            new Asks.NewAsk(words, contribution is null ? AskSource.Direct : AskSource.Contribution, contribution, null, null, null, null, Guid.NewGuid()),
            by.Id));
        Assert.True(result.Outcome == Asks.Outcome.Saved, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result.Ask!.Id;
    }

    public static async Task ChangeAskAsync(this RoundtableApp app, Community community, Guid askId, Person by, AskStatus status, string? reason = null, string? raisedWith = null)
    {
        Asks.Result result = null!;
        await app.WithScopeAsync(async services =>
        {
            var membership = await services.GetRequiredService<Roundtable.Core.Data.RoundtableDb>().Memberships.AsNoTracking()
                .SingleAsync(m => m.CommunityId == community.Id && m.PersonId == by.Id);
            result = await services.GetRequiredService<Asks>().UpdateAsync(community.Id, askId, new Asks.Update(status, reason, raisedWith, null, null, null, null), membership);
        });
        Assert.True(result.Outcome == Asks.Outcome.Saved, $"{result.Outcome}: {string.Join("; ", result.Problems.Select(p => p.Message))}");
    }

    public static Task<Ask> AskNowAsync(this RoundtableApp app, Guid askId) =>
        app.WithDbAsync(db => db.Asks.AsNoTracking().Include(a => a.Changes).SingleAsync(a => a.Id == askId));
}
