using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Members;

public enum InvitationState
{
    Unknown,
    Valid,
    Expired,
    Accepted,

    // Cancelled by a co-lead, or replaced by a newer invitation to the same address.
    Withdrawn,
}

public abstract record InvitationSend
{
    public sealed record Sent(Invitation Invitation, string Token, bool Replaced) : InvitationSend;

    // The same form was submitted again: the first submission already sent it.
    public sealed record AlreadySent(Invitation Invitation) : InvitationSend;

    public sealed record AlreadyMember : InvitationSend;

    public sealed record NotFound : InvitationSend;
}

public abstract record InvitationAcceptance
{
    public sealed record Joined(Community Community) : InvitationAcceptance;

    // They already belonged: nothing about them changes (and the invitation, if it was theirs, is used up).
    public sealed record AlreadyMember(Community Community) : InvitationAcceptance;

    public sealed record Refused(InvitationState State) : InvitationAcceptance;
}

// A co-lead's invitations by email. The link carries a secret of which only a hash is kept;
// sending again to the same address replaces the link, so only the newest one works.
public sealed class Inviting(RoundtableDb db, Memberships memberships, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public static InvitationState StateOf(Invitation? invitation, DateTimeOffset now) => invitation switch
    {
        null => InvitationState.Unknown,
        { AcceptedAt: not null } => InvitationState.Accepted,
        { RevokedAt: not null } => InvitationState.Withdrawn,
        _ when invitation.ExpiresAt <= now => InvitationState.Expired,
        _ => InvitationState.Valid,
    };

    public static bool IsOpen(Invitation invitation) => invitation is { AcceptedAt: null, RevokedAt: null };

    // The invitation a link leads to, with its community and who sent it. Reading changes nothing.
    public async Task<(InvitationState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (InvitationState.Unknown, null);
        }

        var hash = SecretToken.Hash(token);
        var invitation = await db.Invitations.AsNoTracking()
            .Include(i => i.Community)
            .Include(i => i.InvitedBy)
            .SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return (StateOf(invitation, clock.GetUtcNow()), invitation);
    }

    public const string SentByAnAdministrator = "An administrator of Roundtable";

    // Who sent it, as they chose to be named in that community (a site admin need not belong).
    public async Task<string> SenderNameAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        var sender = await db.Memberships.AsNoTracking()
            .Include(m => m.Person)
            .SingleOrDefaultAsync(m => m.CommunityId == invitation.CommunityId && m.PersonId == invitation.InvitedById, cancellationToken);
        return sender is null ? SentByAnAdministrator : MemberNames.AsTheyChose(sender);
    }

    // Not yet accepted or withdrawn, newest first; expired ones too, so they can be sent again.
    public Task<List<Invitation>> OpenAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.Invitations.AsNoTracking()
            .Where(i => i.CommunityId == communityId && i.AcceptedAt == null && i.RevokedAt == null)
            .OrderByDescending(i => i.SentAt)
            .ToListAsync(cancellationToken);

    public async Task<InvitationSend> SendAsync(
        Guid communityId, string email, CommunityRole role, bool inLivedExpertGroup, Guid sentById, Guid submissionKey,
        string? note = null, CancellationToken cancellationToken = default)
    {
        email = EmailAddress.Normalise(email);
        await using var transaction = await Memberships.LockAsync(db, communityId, cancellationToken);
        // The form's key becomes the invitation's id, so a second submission finds the first.
        if (await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == submissionKey, cancellationToken) is { } earlier)
        {
            if (earlier.CommunityId == communityId && earlier.Email == email)
            {
                return new InvitationSend.AlreadySent(earlier);
            }

            submissionKey = Guid.CreateVersion7();
        }

        if (await memberships.IsActiveMemberAsync(communityId, email, cancellationToken))
        {
            return new InvitationSend.AlreadyMember();
        }

        var now = clock.GetUtcNow();
        var replaced = false;
        foreach (var open in await db.Invitations
                     .Where(i => i.CommunityId == communityId && i.Email == email && i.AcceptedAt == null && i.RevokedAt == null)
                     .ToListAsync(cancellationToken))
        {
            open.RevokedAt = now;
            replaced = true;
        }

        var token = SecretToken.Create();
        var invitation = new Invitation
        {
            Id = submissionKey == Guid.Empty ? Guid.CreateVersion7() : submissionKey,
            CommunityId = communityId,
            Email = email,
            Role = role,
            InLivedExpertGroup = inLivedExpertGroup,
            Note = note,
            TokenHash = SecretToken.Hash(token),
            InvitedById = sentById,
            CreatedAt = now,
            SentAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationSend.Sent(invitation, token, replaced);
    }

    // A new link for an open invitation, with the same role; the old link stops working.
    public async Task<InvitationSend> SendAgainAsync(
        Guid communityId, Guid invitationId, Guid sentById, Guid submissionKey, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.CommunityId == communityId, cancellationToken);
        if (invitation is null || invitation.AcceptedAt is not null)
        {
            return new InvitationSend.NotFound();
        }

        return await SendAsync(
            communityId, invitation.Email, invitation.Role, invitation.InLivedExpertGroup, sentById, submissionKey, invitation.Note, cancellationToken);
    }

    // The address it was sent to, or null when there is no such invitation in this community.
    public async Task<string?> CancelAsync(Guid communityId, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var email = await db.Invitations
            .Where(i => i.Id == invitationId && i.CommunityId == communityId)
            .Select(i => i.Email)
            .SingleOrDefaultAsync(cancellationToken);
        if (email is not null)
        {
            await db.Invitations
                .Where(i => i.Id == invitationId && i.AcceptedAt == null && i.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, clock.GetUtcNow()), cancellationToken);
        }

        return email;
    }

    // Whoever holds the link may accept it as themselves, signed in with any address: the
    // invitation is to the person, and the address was only how it reached them.
    public async Task<InvitationAcceptance> AcceptAsync(string? token, Guid personId, CancellationToken cancellationToken = default)
    {
        var (_, found) = await FindAsync(token, cancellationToken);
        if (found is null)
        {
            return new InvitationAcceptance.Refused(InvitationState.Unknown);
        }

        await using var transaction = await Memberships.LockAsync(db, found.CommunityId, cancellationToken);
        var invitation = await db.Invitations.SingleAsync(i => i.Id == found.Id, cancellationToken);
        await db.Entry(invitation).ReloadAsync(cancellationToken);
        var state = StateOf(invitation, clock.GetUtcNow());
        if (state == InvitationState.Accepted && invitation.AcceptedById == personId)
        {
            // The second click of a double click: the first one did it.
            return new InvitationAcceptance.Joined(found.Community);
        }

        if (state != InvitationState.Valid)
        {
            return new InvitationAcceptance.Refused(state);
        }

        if (await memberships.FindActiveAsync(invitation.CommunityId, personId, cancellationToken) is not null)
        {
            // Already here. The invitation is used up only if it was theirs: another member
            // opening someone else's link must not spend it.
            var email = await db.Users.Where(p => p.Id == personId).Select(p => p.Email).SingleAsync(cancellationToken);
            if (string.Equals(email, invitation.Email, StringComparison.OrdinalIgnoreCase))
            {
                invitation.AcceptedAt = clock.GetUtcNow();
                invitation.AcceptedById = personId;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return new InvitationAcceptance.AlreadyMember(found.Community);
        }

        invitation.AcceptedAt = clock.GetUtcNow();
        invitation.AcceptedById = personId;
        await memberships.AdmitAsync(
            invitation.CommunityId, personId, invitation.Role, invitation.InLivedExpertGroup, invitation.InvitedById, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationAcceptance.Joined(found.Community);
    }
}
