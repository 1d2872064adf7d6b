namespace Roundtable.Core.Data.Entities;

// An offer to collaborate a member posts for the community ("a peer educator network, looking for
// other trusts"): what it is, and what they look for in return. Others say they are interested.
public class Offer
{
    public const int TitleMaxLength = 120;
    public const int WhatMaxLength = 2000;
    public const int LookingForMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid PersonId { get; init; }

    public required string Title { get; set; }

    public required string What { get; set; }

    public string? LookingFor { get; set; }

    public DateTimeOffset PostedAt { get; init; }

    public List<OfferInterest> Interests { get; } = [];
}
