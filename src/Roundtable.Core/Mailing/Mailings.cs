using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Mailing;

public enum MailingOutcome
{
    Queued,

    // The same submission again: the mailing it queued the first time.
    AlreadyQueued,
    Invalid,
    NotACoLead,
}

public sealed record MailingResult(MailingOutcome Outcome, ListMailing? Mailing, IReadOnlyList<Problem> Problems)
{
    public bool Done => Outcome is MailingOutcome.Queued or MailingOutcome.AlreadyQueued;
}

// How a mailing is going: "12 of 30 sent, 1 failed", with each failure and why.
public sealed record MailingProgress(
    Guid Id, string Subject, string? About, string By, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt,
    int Recipients, int Sent, int Failed, IReadOnlyList<MailingProgress.Failure> Failures)
{
    public sealed record Failure(string Email, string Reason);

    public bool Sending => Sent + Failed < Recipients;
}

// Sending to the community's email list. A mailing's recipients are fixed when it is queued; the
// background sender (MailingDelivery) sends each its own copy, with its own unsubscribe link.
public sealed class Mailings(RoundtableDb db, EmailList list, MailingWake wake, TimeProvider clock)
{
    public const int TextBodyMaxLength = 100_000;
    public const string SubjectField = "Subject";
    public const string MessageField = "Message";

    public const string NobodyOnList =
        "Nobody is on the email list yet: members join it by agreeing to be contacted, and subscribers by confirming the link sent to them";

    // htmlBody, when given, is the same message for mail readers that show HTML; about says in
    // words what is sent ("Staff briefing, 12 March") for the list of mailings.
    public async Task<MailingResult> QueueAsync(
        Guid communityId, string? subject, string? textBody, string? htmlBody, Guid byPersonId, Guid submissionKey, string? about = null,
        CancellationToken cancellationToken = default)
    {
        if (await FindBySubmissionAsync(submissionKey, cancellationToken) is { } already)
        {
            return already.CommunityId == communityId
                ? new(MailingOutcome.AlreadyQueued, already, [])
                : new(MailingOutcome.Invalid, null, [new Problem("", "This form was already used to send to another community's list")]);
        }

        if (!await EmailListAccess.MayManageAsync(db, communityId, byPersonId, cancellationToken))
        {
            return new(MailingOutcome.NotACoLead, null, [new Problem("", EmailListAccess.NotACoLead)]);
        }

        var problems = new Problems();
        var cleanSubject = problems.Required(SubjectField, subject, "Enter a subject", "The subject", ListMailing.SubjectMaxLength);
        var text = problems.Required(MessageField, textBody, "Enter a message", "The message", TextBodyMaxLength);
        var cleanAbout = problems.Optional("About", about, "What it is about", ListMailing.AboutMaxLength);
        if (problems.Any)
        {
            return new(MailingOutcome.Invalid, null, problems);
        }

        var recipients = await list.RecipientsAsync(communityId, cancellationToken);
        if (recipients.Count == 0)
        {
            return new(MailingOutcome.Invalid, null, [new Problem("", NobodyOnList)]);
        }

        var mailing = new ListMailing
        {
            CommunityId = communityId, Subject = cleanSubject!, TextBody = text!, HtmlBody = string.IsNullOrWhiteSpace(htmlBody) ? null : htmlBody,
            About = cleanAbout, ByPersonId = byPersonId, SubmissionKey = submissionKey, QueuedAt = clock.GetUtcNow(),
        };
        mailing.Recipients.AddRange(recipients.Select(r => new MailingRecipient
        {
            Email = r.Email, MembershipId = r.MembershipId, SubscriberId = r.SubscriberId, State = RecipientState.Pending,
        }));
        db.Mailings.Add(mailing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Both clicks of a double submit raced to here; the other one queued it.
            db.ChangeTracker.Clear();
            var first = await FindBySubmissionAsync(submissionKey, cancellationToken) ?? throw new InvalidOperationException("The mailing could not be queued.");
            return new(MailingOutcome.AlreadyQueued, first, []);
        }

        wake.Queued();
        return new(MailingOutcome.Queued, mailing, []);
    }

    public async Task<IReadOnlyList<MailingProgress>> ListAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var mailings = await db.Mailings.AsNoTracking()
            .Where(m => m.CommunityId == communityId)
            .OrderByDescending(m => m.QueuedAt)
            .Select(m => new
            {
                m.Id, m.Subject, m.About, By = m.By.DisplayName ?? m.By.Email, m.QueuedAt, m.FinishedAt,
                Recipients = m.Recipients.Count,
                Sent = m.Recipients.Count(r => r.State == RecipientState.Sent),
                Failed = m.Recipients.Count(r => r.State == RecipientState.Failed),
            })
            .ToListAsync(cancellationToken);
        return mailings.Select(m => new MailingProgress(m.Id, m.Subject, m.About, m.By ?? "", m.QueuedAt, m.FinishedAt, m.Recipients, m.Sent, m.Failed, [])).ToList();
    }

    public async Task<MailingProgress?> ProgressAsync(Guid communityId, Guid mailingId, CancellationToken cancellationToken = default)
    {
        var mailing = await db.Mailings.AsNoTracking()
            .Where(m => m.Id == mailingId && m.CommunityId == communityId)
            .Select(m => new { m.Id, m.Subject, m.About, By = m.By.DisplayName ?? m.By.Email, m.QueuedAt, m.FinishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (mailing is null)
        {
            return null;
        }

        var states = await db.MailingRecipients.AsNoTracking()
            .Where(r => r.MailingId == mailingId)
            .GroupBy(r => r.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var failures = await db.MailingRecipients.AsNoTracking()
            .Where(r => r.MailingId == mailingId && r.State == RecipientState.Failed)
            .OrderBy(r => r.Email)
            .Select(r => new MailingProgress.Failure(r.Email, r.Failure ?? ""))
            .ToListAsync(cancellationToken);
        int Count(RecipientState state) => states.Where(s => s.State == state).Sum(s => s.Count);
        return new MailingProgress(
            mailing.Id, mailing.Subject, mailing.About, mailing.By ?? "", mailing.QueuedAt, mailing.FinishedAt,
            states.Sum(s => s.Count), Count(RecipientState.Sent), Count(RecipientState.Failed), failures);
    }

    private Task<ListMailing?> FindBySubmissionAsync(Guid submissionKey, CancellationToken cancellationToken) =>
        db.Mailings.AsNoTracking().SingleOrDefaultAsync(m => m.SubmissionKey == submissionKey, cancellationToken);
}
