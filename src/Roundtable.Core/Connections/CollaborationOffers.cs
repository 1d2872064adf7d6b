using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Connections;

public enum OfferOutcome
{
    Saved,

    // Already so (sent twice): nothing changed.
    Unchanged,
    Invalid,

    // Not theirs to do: nothing changed, Refusal says why.
    Refused,
    NotFound,
}

public sealed record OfferResult(OfferOutcome Outcome, Offer? Offer, IReadOnlyList<Problem> Problems, string? Refusal = null, Connection? Connection = null)
{
    public bool Done => Outcome is OfferOutcome.Saved or OfferOutcome.Unchanged;
}

// An offer as a member reads it. Interested lists who pressed "I'm interested" only for the person
// who made it (and co-leads); everyone else sees how many, and their own interest.
public sealed record OfferView(Offer Offer, string By, bool IsYours, int InterestCount, OfferInterest? YourInterest, IReadOnlyList<OfferView.Interested> Interests)
{
    public sealed record Interested(Guid InterestId, string Name, string? Note, DateTimeOffset At, Guid? ConnectionId);
}

// Offers to collaborate: a member posts one, others say they are interested (once each, with a
// note), and the person who made it turns an interest into a brokered connection in one step.
public sealed class CollaborationOffers(RoundtableDb db, BrokeredConnections connections, TimeProvider clock)
{
    public const string OwnOffer = "This is your own offer";
    public const string NotYourOffer = "Only the person who made the offer can connect with people interested in it";

    public sealed record NewOffer(string? Title, string? What, string? LookingFor);

    public async Task<OfferResult> PostAsync(Guid communityId, Guid personId, NewOffer input, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var title = problems.Required(nameof(NewOffer.Title), input.Title, "Enter a title for your offer", "The title", Offer.TitleMaxLength);
        var what = problems.Required(nameof(NewOffer.What), input.What, "Say what you are offering", "What you are offering", Offer.WhatMaxLength);
        var lookingFor = problems.Optional(nameof(NewOffer.LookingFor), input.LookingFor, "What you are looking for", Offer.LookingForMaxLength);
        if (problems.Any)
        {
            return new(OfferOutcome.Invalid, null, problems);
        }

        // The same offer sent twice (a double submit) is posted once.
        if (await db.Offers.FirstOrDefaultAsync(o => o.CommunityId == communityId && o.PersonId == personId && o.Title == title && o.What == what, cancellationToken) is { } same)
        {
            return new(OfferOutcome.Unchanged, same, []);
        }

        var offer = new Offer { CommunityId = communityId, PersonId = personId, Title = title!, What = what!, LookingFor = lookingFor, PostedAt = clock.GetUtcNow() };
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return new(OfferOutcome.Saved, offer, []);
    }

    // Pressing it again changes the note: one interest per person.
    public async Task<OfferResult> InterestAsync(Guid communityId, Guid offerId, Guid personId, string? note, CancellationToken cancellationToken = default)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId && o.CommunityId == communityId, cancellationToken);
        if (offer is null)
        {
            return new(OfferOutcome.NotFound, null, []);
        }

        if (offer.PersonId == personId)
        {
            return new(OfferOutcome.Refused, offer, [], OwnOffer);
        }

        var problems = new Problems();
        var text = problems.Optional("Note", note, "Your note", OfferInterest.NoteMaxLength);
        if (problems.Any)
        {
            return new(OfferOutcome.Invalid, offer, problems);
        }

        var interest = await db.OfferInterests.SingleOrDefaultAsync(i => i.OfferId == offerId && i.PersonId == personId, cancellationToken);
        if (interest is null)
        {
            db.OfferInterests.Add(new OfferInterest { OfferId = offerId, PersonId = personId, Note = text, At = clock.GetUtcNow() });
        }
        else if (interest.Note == text)
        {
            return new(OfferOutcome.Unchanged, offer, []);
        }
        else
        {
            interest.Note = text;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Pressed twice at once: the first is their one interest.
            db.ChangeTracker.Clear();
            return new(OfferOutcome.Unchanged, offer, []);
        }

        return new(OfferOutcome.Saved, offer, []);
    }

    // The offerer (or a co-lead) connects themselves with someone interested: the connection is
    // filled in from the offer and the note, and brokered by whoever pressed it. Pressing it again
    // leads to the same connection.
    public async Task<OfferResult> ConnectAsync(Guid communityId, Guid offerId, Guid interestId, ConnectionViewer viewer, CancellationToken cancellationToken = default)
    {
        var offer = await db.Offers.Include(o => o.Interests).SingleOrDefaultAsync(o => o.Id == offerId && o.CommunityId == communityId, cancellationToken);
        var interest = offer?.Interests.Find(i => i.Id == interestId);
        if (offer is null || interest is null)
        {
            return new(OfferOutcome.NotFound, offer, []);
        }

        if (offer.PersonId != viewer.PersonId && !viewer.IsCoLead)
        {
            return new(OfferOutcome.Refused, offer, [], NotYourOffer);
        }

        if (interest.ConnectionId is { } made)
        {
            return new(OfferOutcome.Unchanged, offer, [], Connection: await db.Connections.FindAsync([made], cancellationToken));
        }

        var why = interest.Note is null ? $"Interested in the offer “{offer.Title}”" : $"Interested in the offer “{offer.Title}”: {interest.Note}";
        var result = await connections.RecordAsync(
            communityId,
            new BrokeredConnections.NewConnection(
                new(ConnectionSideKind.Member, offer.PersonId, null, null),
                new(ConnectionSideKind.Member, interest.PersonId, null, null),
                why[..Math.Min(why.Length, Connection.WhyMaxLength)],
                null,
                interest.Id),
            viewer.PersonId!.Value,
            cancellationToken);
        if (!result.Done)
        {
            // One of them has left the community since.
            return new(OfferOutcome.Invalid, offer, result.Problems);
        }

        interest.ConnectionId = result.Connection!.Id;
        await db.SaveChangesAsync(cancellationToken);
        return new(OfferOutcome.Saved, offer, [], Connection: result.Connection);
    }

    // Every offer in the community, newest first, with who made it as they chose to be named.
    public async Task<IReadOnlyList<OfferView>> ReadAsync(Guid communityId, ConnectionViewer viewer, CancellationToken cancellationToken = default) =>
        await ViewAsync(communityId, viewer, db.Offers.Where(o => o.CommunityId == communityId), cancellationToken);

    public async Task<OfferView?> FindAsync(Guid communityId, Guid offerId, ConnectionViewer viewer, CancellationToken cancellationToken = default) =>
        (await ViewAsync(communityId, viewer, db.Offers.Where(o => o.CommunityId == communityId && o.Id == offerId), cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<OfferView>> ViewAsync(Guid communityId, ConnectionViewer viewer, IQueryable<Offer> query, CancellationToken cancellationToken)
    {
        var offers = await query.AsNoTracking().Include(o => o.Interests).OrderByDescending(o => o.PostedAt).ToListAsync(cancellationToken);
        var ids = offers.SelectMany(o => o.Interests.Select(i => i.PersonId).Append(o.PersonId)).Distinct().ToList();
        var people = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        string Named(Guid personId) => people.TryGetValue(personId, out var m) ? MemberNames.AsTheyChose(m) : ConnectionVisibility.FormerMember;

        return offers.Select(o =>
        {
            var yours = o.PersonId == viewer.PersonId;
            var interests = yours || viewer.IsCoLead
                ? o.Interests.OrderBy(i => i.At).Select(i => new OfferView.Interested(i.Id, Named(i.PersonId), i.Note, i.At, i.ConnectionId)).ToList()
                : [];
            return new OfferView(o, Named(o.PersonId), yours, o.Interests.Count, o.Interests.Find(i => i.PersonId == viewer.PersonId), interests);
        }).ToList();
    }
}
