using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Members;

public abstract record JoinAsk
{
    public sealed record Asked(JoinRequest Request) : JoinAsk;

    // One request waits at a time: asking again (or a double click) changes nothing.
    public sealed record AlreadyWaiting(JoinRequest Request) : JoinAsk;

    public sealed record AlreadyMember : JoinAsk;

    // Nobody asks to join a community that is by invitation only.
    public sealed record ByInvitationOnly : JoinAsk;
}

public abstract record JoinDecision
{
    public sealed record Approved(JoinRequest Request) : JoinDecision;

    public sealed record Declined(JoinRequest Request) : JoinDecision;

    // Someone (perhaps the same co-lead, clicking twice) decided it already.
    public sealed record AlreadyDecided(JoinRequest Request) : JoinDecision;

    public sealed record NotFound : JoinDecision;
}

// Asking to join a listed community, and the co-leads' answer. A declined request keeps its
// reason, which the person sees; they may ask again.
public sealed class JoinRequests(RoundtableDb db, Memberships memberships, TimeProvider clock)
{
    public Task<JoinRequest?> LatestAsync(Guid communityId, Guid personId, CancellationToken cancellationToken = default) =>
        db.JoinRequests.AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.PersonId == personId)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> WaitingCountAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.JoinRequests.CountAsync(r => r.CommunityId == communityId && r.Status == RequestStatus.Pending, cancellationToken);

    public Task<List<JoinRequest>> WaitingAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.JoinRequests.AsNoTracking()
            .Include(r => r.Person)
            .Where(r => r.CommunityId == communityId && r.Status == RequestStatus.Pending)
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);

    public Task<List<JoinRequest>> DecidedAsync(Guid communityId, int count, CancellationToken cancellationToken = default) =>
        db.JoinRequests.AsNoTracking()
            .Include(r => r.Person)
            .Where(r => r.CommunityId == communityId && r.Status != RequestStatus.Pending)
            .OrderByDescending(r => r.Decision!.At)
            .Take(count)
            .ToListAsync(cancellationToken);

    public Task<JoinRequest?> FindWaitingAsync(Guid communityId, Guid requestId, CancellationToken cancellationToken = default) =>
        db.JoinRequests.AsNoTracking()
            .Include(r => r.Person)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.CommunityId == communityId && r.Status == RequestStatus.Pending, cancellationToken);

    public async Task<JoinAsk> AskAsync(Community community, Guid personId, string? message, CancellationToken cancellationToken = default)
    {
        if (community.Visibility != CommunityVisibility.Listed)
        {
            return new JoinAsk.ByInvitationOnly();
        }

        await using var transaction = await Memberships.LockAsync(db, community.Id, cancellationToken);
        if (await memberships.FindActiveAsync(community.Id, personId, cancellationToken) is not null)
        {
            return new JoinAsk.AlreadyMember();
        }

        if (await db.JoinRequests.AsNoTracking().FirstOrDefaultAsync(
                r => r.CommunityId == community.Id && r.PersonId == personId && r.Status == RequestStatus.Pending, cancellationToken) is { } waiting)
        {
            return new JoinAsk.AlreadyWaiting(waiting);
        }

        var request = new JoinRequest
        {
            CommunityId = community.Id,
            PersonId = personId,
            Message = message,
            CreatedAt = clock.GetUtcNow(),
            Status = RequestStatus.Pending,
        };
        db.JoinRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new JoinAsk.Asked(request);
    }

    // Approving makes them a member (a former member comes back); approving twice, one member.
    public Task<JoinDecision> ApproveAsync(Guid communityId, Guid requestId, Guid decidedById, CancellationToken cancellationToken = default) =>
        DecideAsync(communityId, requestId, decidedById, declineReason: null, cancellationToken);

    public Task<JoinDecision> DeclineAsync(
        Guid communityId, Guid requestId, Guid decidedById, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(communityId, requestId, decidedById, reason, cancellationToken);

    private async Task<JoinDecision> DecideAsync(
        Guid communityId, Guid requestId, Guid decidedById, string? declineReason, CancellationToken cancellationToken)
    {
        await using var transaction = await Memberships.LockAsync(db, communityId, cancellationToken);
        var request = await db.JoinRequests.Include(r => r.Person)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.CommunityId == communityId, cancellationToken);
        if (request is null)
        {
            return new JoinDecision.NotFound();
        }

        // Read again past anything this context tracked: another request may have decided it while
        // this one waited for the lock. (Not Entry.ReloadAsync: EF Core 10 cannot reload an entity
        // whose optional complex property, its Decision, is empty.)
        var current = await db.JoinRequests.AsNoTracking().Include(r => r.Person).SingleAsync(r => r.Id == requestId, cancellationToken);
        if (current.Status != RequestStatus.Pending)
        {
            return new JoinDecision.AlreadyDecided(current);
        }

        request.Decision = new Decision(decidedById, clock.GetUtcNow(), declineReason);
        if (declineReason is null)
        {
            await memberships.AdmitAsync(communityId, request.PersonId, CommunityRole.Member, inLivedExpertGroup: false, decidedById, cancellationToken);
            request.Status = RequestStatus.Approved;
        }
        else
        {
            request.Status = RequestStatus.Declined;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return declineReason is null ? new JoinDecision.Approved(request) : new JoinDecision.Declined(request);
    }
}
