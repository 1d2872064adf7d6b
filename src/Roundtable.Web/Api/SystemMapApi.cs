using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Communities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The community's system map, as on its pages: members read it all and add to it; the member who
// added an entry and the co-leads change or remove it and say who it works with; each member says
// for themselves that they are linked to an entry. Kinds and sectors are sent and answered by name.
public static class SystemMapApi
{
    public sealed record Entry(
        Guid Id, string Name, MapEntryKind Kind, Sector Sector, string? Offers, string? Needs, string? WebAddress, int Version);

    public sealed record Connection(Guid Id, Guid FromId, string FromName, Guid ToId, string ToName, string How);

    // People: the members linked to it, each as they chose to be named.
    public sealed record EntryDetail(Entry Entry, IReadOnlyList<string> People, IReadOnlyList<Connection> Connections);

    // Key: optional, the new entry's id, so sending the same request twice adds it once.
    public sealed record NewEntry(string? Name, string? Kind, string? Sector, string? Offers, string? Needs, string? WebAddress, Guid? Key);

    public sealed record ChangedEntry(string? Name, string? Kind, string? Sector, string? Offers, string? Needs, string? WebAddress, int? SeenVersion);

    public sealed record NewConnection(Guid? ToId, string? How);

    public static RouteGroupBuilder MapSystemMapApi(this RouteGroupBuilder community)
    {
        community.MapGet("/map", ListAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetSystemMap")
            .WithSummary("The organisations, services and groups on the community's map, by name; q searches names, offers and needs, sector and kind filter.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/map/connections", ConnectionsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetSystemMapConnections")
            .WithSummary("Every connection on the map: who works with whom, and how.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/map/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetSystemMapEntry")
            .WithSummary("One entry, with the members linked to it as each chose to be named and its connections both ways.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/map", AddAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("AddSystemMapEntry")
            .WithSummary("Add an organisation, service or group. Kind: Organisation, Service or Group; sector: Nhs, CouncilAndSocialCare, VoluntaryAndCommunity, Education, Housing or Other.")
            .WithDescription("Sending the same key again answers with the entry added the first time. A web address must start with https:// or http://.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPut("/map/{id:guid}", ChangeAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ChangeSystemMapEntry")
            .WithSummary("For the member who added it and co-leads: change an entry. 409 when it changed since seenVersion.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapDelete("/map/{id:guid}", RemoveAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("RemoveSystemMapEntry")
            .WithSummary("For the member who added it and co-leads: remove an entry with its connections. 409 when it changed since seenVersion.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/map/{id:guid}/connections", ConnectAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("AddSystemMapConnection")
            .WithSummary("For the member who added it and co-leads: say this entry works with another, and how. Sending it again changes only how.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapDelete("/map/{id:guid}/connections/{connectionId:guid}", DisconnectAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("RemoveSystemMapConnection")
            .WithSummary("For the member who added it and co-leads: remove one of this entry's connections.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPut("/map/{id:guid}/people/me", (string slug, Guid id, HttpContext http, CurrentCommunity current, MapEntries entries, CancellationToken cancellationToken) =>
                LinkMeAsync(slug, id, linked: true, http, current, entries, cancellationToken))
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("LinkMeToSystemMapEntry")
            .WithSummary("Say you are linked to this entry (you work there, use it or belong to it). Saying it twice is once.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapDelete("/map/{id:guid}/people/me", (string slug, Guid id, HttpContext http, CurrentCommunity current, MapEntries entries, CancellationToken cancellationToken) =>
                LinkMeAsync(slug, id, linked: false, http, current, entries, cancellationToken))
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("UnlinkMeFromSystemMapEntry")
            .WithSummary("No longer be shown as linked to this entry.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return community;
    }

    private static async Task<Results<Ok<IReadOnlyList<Entry>>, ValidationProblem>> ListAsync(
        string slug, string? q, string? sector, string? kind, HttpContext http, CurrentCommunity current, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        Sector? chosenSector = MapWords.TryRead<Sector>(sector, out var s) ? s : null;
        if (!string.IsNullOrWhiteSpace(sector) && chosenSector is null)
        {
            return ApiProblems.Invalid("sector", "Choose a sector by its name, like Nhs or VoluntaryAndCommunity");
        }

        MapEntryKind? chosenKind = MapWords.TryRead<MapEntryKind>(kind, out var k) ? k : null;
        if (!string.IsNullOrWhiteSpace(kind) && chosenKind is null)
        {
            return ApiProblems.Invalid("kind", "Choose a kind by its name: Organisation, Service or Group");
        }

        var words = q?.Trim();
        if (words?.Length > MapSearch.WordsMaxLength)
        {
            return ApiProblems.Invalid("q", $"Search words must be {MapSearch.WordsMaxLength} characters or fewer (you have {words.Length})");
        }

        var found = await map.FindAsync(here.Community.Id, new MapSearch(words, chosenSector, chosenKind), cancellationToken);
        return TypedResults.Ok((IReadOnlyList<Entry>)found.Select(Of).ToList());
    }

    private static async Task<Ok<IReadOnlyList<Connection>>> ConnectionsAsync(
        string slug, HttpContext http, CurrentCommunity current, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return TypedResults.Ok((IReadOnlyList<Connection>)(await map.ConnectionsAsync(here.Community.Id, cancellationToken)).Select(Of).ToList());
    }

    private static async Task<Results<Ok<EntryDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await DetailAsync(here, id, map, cancellationToken) is { } detail ? TypedResults.Ok(detail) : NoSuchEntry();
    }

    private static async Task<Results<Ok<EntryDetail>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string slug, NewEntry input, HttpContext http, CurrentCommunity current, MapEntries entries, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await entries.AddAsync(
            here.Community.Id, input.Key ?? Guid.Empty, new(input.Name, input.Kind, input.Sector, input.Offers, input.Needs, input.WebAddress),
            http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(here, result, map, cancellationToken);
    }

    private static async Task<Results<Ok<EntryDetail>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string slug, Guid id, ChangedEntry input, HttpContext http, CurrentCommunity current, MapEntries entries, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await RefusedAsync(here, id, http, entries, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await entries.ChangeAsync(
            here.Community.Id, id, new(input.Name, input.Kind, input.Sector, input.Offers, input.Needs, input.WebAddress), input.SeenVersion, cancellationToken);
        return await AnswerAsync(here, result, map, cancellationToken);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string slug, Guid id, int? seenVersion, HttpContext http, CurrentCommunity current, MapEntries entries, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await RefusedAsync(here, id, http, entries, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await entries.RemoveAsync(here.Community.Id, id, seenVersion, cancellationToken);
        return result.Done ? TypedResults.NoContent() : ApiProblems.Conflict(result.Refusal!);
    }

    private static async Task<Results<Ok<EntryDetail>, ValidationProblem, ProblemHttpResult>> ConnectAsync(
        string slug, Guid id, NewConnection input, HttpContext http, CurrentCommunity current, MapEntries entries, CommunityMap map, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await RefusedAsync(here, id, http, entries, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await entries.LinkAsync(here.Community.Id, id, new(input.ToId, input.How), http.User.PersonId()!.Value, cancellationToken);
        return await AnswerAsync(here, result, map, cancellationToken);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DisconnectAsync(
        string slug, Guid id, Guid connectionId, HttpContext http, CurrentCommunity current, MapEntries entries, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await RefusedAsync(here, id, http, entries, cancellationToken) is { } refused)
        {
            return refused;
        }

        await entries.UnlinkAsync(id, connectionId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> LinkMeAsync(
        string slug, Guid id, bool linked, HttpContext http, CurrentCommunity current, MapEntries entries, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await entries.FindAsync(here.Community.Id, id, cancellationToken) is not { } entry)
        {
            return NoSuchEntry();
        }

        if (here.Membership is not { } you)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only the community's members can say they are linked to an entry.");
        }

        await (linked ? entries.LinkMemberAsync(entry, you, cancellationToken) : entries.UnlinkMemberAsync(entry, you.Id, cancellationToken));
        return TypedResults.NoContent();
    }

    // Not found, or not theirs to change.
    private static async Task<ProblemHttpResult?> RefusedAsync(
        CurrentCommunity.Place here, Guid id, HttpContext http, MapEntries entries, CancellationToken cancellationToken)
    {
        if (await entries.FindAsync(here.Community.Id, id, cancellationToken) is not { } entry)
        {
            return NoSuchEntry();
        }

        return MapEntries.MayChange(entry, http.User.PersonId()!.Value, here.Allows(CommunityRole.CoLead))
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only the member who added this entry, or a co-lead, can change it.");
    }

    private static async Task<Results<Ok<EntryDetail>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        CurrentCommunity.Place here, MapResult result, CommunityMap map, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case MapOutcome.NotFound:
                return NoSuchEntry();
            case MapOutcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case MapOutcome.ChangedMeanwhile:
                return ApiProblems.Conflict(result.Refusal!);
        }

        return await DetailAsync(here, result.Entry!.Id, map, cancellationToken) is { } detail ? TypedResults.Ok(detail) : NoSuchEntry();
    }

    private static async Task<EntryDetail?> DetailAsync(CurrentCommunity.Place here, Guid id, CommunityMap map, CancellationToken cancellationToken) =>
        await map.ReadAsync(here.Community.Id, id, cancellationToken) is { } page
            ? new EntryDetail(Of(page.Entry), page.People.Select(p => p.Name).ToList(), page.Connections.Select(Of).ToList())
            : null;

    private static Entry Of(Roundtable.Core.Data.Entities.MapEntry e) => new(e.Id, e.Name, e.Kind, e.Sector, e.Offers, e.Needs, e.WebAddress, e.Version);

    private static Connection Of(MapConnection c) => new(c.Id, c.From.Id, c.From.Name, c.To.Id, c.To.Name, c.How);

    private static ProblemHttpResult NoSuchEntry() => ApiProblems.NotFound("This community's map has no entry with this id.");
}
