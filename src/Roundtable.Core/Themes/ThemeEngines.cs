using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Themes;

// Which engine suggests a community's themes: Roundtable's own, unless the operator configured an
// embeddings service and a co-lead of the community turned it on for that service's address. One
// place decides, so ThemeSuggestions, and through it the pages and the API, never ask.
public sealed class ThemeEngines(RoundtableDb db, IThemeEngine own, TimeProvider clock, EmbeddingsThemeEngine? service = null)
{
    public IThemeEngine Own => own;

    // The operator's service, or null when none is configured: co-leads are then never offered one.
    public EmbeddingsOptions? Service => service?.Service;

    // The service when this community chose it for the address it is at now; otherwise null.
    public async Task<EmbeddingsThemeEngine?> ServiceForAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        await ChoiceAsync(communityId, cancellationToken) is null ? null : service;

    // Who turned the service on and when, while that choice holds.
    public async Task<EmbeddingsChoice?> ChoiceAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        service is null
            ? null
            : await db.EmbeddingsChoices.AsNoTracking()
                .SingleOrDefaultAsync(c => c.CommunityId == communityId && c.Endpoint == service.Service.Endpoint, cancellationToken);

    // A choice made for an address the operator has since moved away from, which no longer holds.
    public async Task<EmbeddingsChoice?> FormerChoiceAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        service is null
            ? null
            : await db.EmbeddingsChoices.AsNoTracking()
                .SingleOrDefaultAsync(c => c.CommunityId == communityId && c.Endpoint != service.Service.Endpoint, cancellationToken);

    // A co-lead turns the service on or off for their community; doing it twice changes nothing.
    public async Task<ThemeOutcome> TurnAsync(Guid communityId, bool on, Guid byId, CancellationToken cancellationToken = default)
    {
        if (service is null)
        {
            return ThemeOutcome.NotFound;
        }

        var endpoint = service.Service.Endpoint!;
        var choice = await db.EmbeddingsChoices.SingleOrDefaultAsync(c => c.CommunityId == communityId, cancellationToken);
        if (on == (choice?.Endpoint == endpoint))
        {
            return ThemeOutcome.Unchanged;
        }

        if (!on)
        {
            db.EmbeddingsChoices.Remove(choice!);
        }
        else if (choice is null)
        {
            db.EmbeddingsChoices.Add(new EmbeddingsChoice { CommunityId = communityId, Endpoint = endpoint, TurnedOnById = byId, TurnedOnAt = clock.GetUtcNow() });
        }
        else
        {
            (choice.Endpoint, choice.TurnedOnById, choice.TurnedOnAt) = (endpoint, byId, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same choice, sent twice at once: the other one saved it.
            return ThemeOutcome.Unchanged;
        }

        return ThemeOutcome.Saved;
    }
}
