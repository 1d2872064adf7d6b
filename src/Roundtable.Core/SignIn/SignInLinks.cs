using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.SignIn;

public enum LinkState
{
    Unknown,
    Valid,
    Expired,
    Used,
}

public abstract record IssueResult
{
    public sealed record Issued(string Token, DateTimeOffset ExpiresAt) : IssueResult;

    // The same form was submitted again: the first submission already sent the link.
    public sealed record AlreadyIssued : IssueResult;

    // Enough links went to this address lately: no more is made or sent, so nobody's inbox can be
    // flooded, and the asker is answered as if it were (the newest link sent still works). Never a
    // refusal: a stranger asking for someone's links must not lock them out of their own.
    public sealed record HeldBack : IssueResult;
}

public abstract record RedeemResult
{
    public sealed record Redeemed(string Email, string? ReturnUrl) : RedeemResult;

    public sealed record Refused(LinkState State) : RedeemResult;
}

public sealed class SignInLinks(RoundtableDb db, TimeProvider clock, IOptions<SignInLinkOptions> options)
{
    private SignInLinkOptions Options => options.Value;

    public async Task<IssueResult> IssueAsync(string email, Guid submissionKey, string? returnUrl, CancellationToken cancellationToken = default)
    {
        email = EmailAddress.Normalise(email);
        if (await db.SignInLinks.AnyAsync(l => l.SubmissionKey == submissionKey, cancellationToken))
        {
            return new IssueResult.AlreadyIssued();
        }

        var now = clock.GetUtcNow();
        var windowStart = now - Options.Window;
        var recent = await db.SignInLinks.CountAsync(l => l.Email == email && l.CreatedAt > windowStart, cancellationToken);
        if (recent >= Options.LinksPerEmailPerWindow)
        {
            return new IssueResult.HeldBack();
        }

        var token = SecretToken.Create();
        var link = new SignInLink
        {
            Email = email,
            TokenHash = SecretToken.Hash(token),
            SubmissionKey = submissionKey,
            ReturnUrl = returnUrl is { Length: <= SignInLink.ReturnUrlMaxLength } ? returnUrl : null,
            CreatedAt = now,
            ExpiresAt = now + Options.LinkLifetime,
        };
        db.SignInLinks.Add(link);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(link).State = EntityState.Detached;
            if (await db.SignInLinks.AnyAsync(l => l.SubmissionKey == submissionKey, cancellationToken))
            {
                // Both clicks of a double submit raced to here; the other one won.
                return new IssueResult.AlreadyIssued();
            }

            throw;
        }

        return new IssueResult.Issued(token, link.ExpiresAt);
    }

    public async Task<(LinkState State, SignInLink? Link)> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (LinkState.Unknown, null);
        }

        var hash = SecretToken.Hash(token);
        var link = await db.SignInLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        return (StateOf(link), link);
    }

    // Single use is enforced by the database: of two redemptions racing, one update wins.
    public async Task<RedeemResult> RedeemAsync(string? token, string? browser, CancellationToken cancellationToken = default)
    {
        var (state, link) = await CheckAsync(token, cancellationToken);
        if (link is null)
        {
            return new RedeemResult.Refused(LinkState.Unknown);
        }

        var now = clock.GetUtcNow();
        if (state == LinkState.Valid)
        {
            var claimed = await db.SignInLinks
                .Where(l => l.Id == link.Id && l.UsedAt == null && l.ExpiresAt > now)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(l => l.UsedAt, now)
                        .SetProperty(l => l.UsedByBrowser, browser)
                        // Where they were going may hold a secret of its own (an invitation link): keep it no longer than needed.
                        .SetProperty(l => l.ReturnUrl, (string?)null),
                    cancellationToken);
            if (claimed == 1)
            {
                return new RedeemResult.Redeemed(link.Email, link.ReturnUrl);
            }

            link = await db.SignInLinks.AsNoTracking().SingleAsync(l => l.Id == link.Id, cancellationToken);
        }

        // The second click of a double click, from the browser that used the link a moment ago.
        if (link.UsedAt is { } usedAt && browser is not null && link.UsedByBrowser == browser &&
            now - usedAt < TimeSpan.FromMinutes(1))
        {
            return new RedeemResult.Redeemed(link.Email, link.ReturnUrl);
        }

        return new RedeemResult.Refused(StateOf(link));
    }

    private LinkState StateOf(SignInLink? link) => link switch
    {
        null => LinkState.Unknown,
        { UsedAt: not null } => LinkState.Used,
        _ when link.ExpiresAt <= clock.GetUtcNow() => LinkState.Expired,
        _ => LinkState.Valid,
    };
}
