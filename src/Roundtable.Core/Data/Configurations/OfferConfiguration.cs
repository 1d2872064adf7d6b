using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.HasIndex(o => o.CommunityId);
        builder.Property(o => o.Title).HasMaxLength(Offer.TitleMaxLength);
        builder.Property(o => o.What).HasMaxLength(Offer.WhatMaxLength);
        builder.Property(o => o.LookingFor).HasMaxLength(Offer.LookingForMaxLength);
        builder.HasOne(o => o.Community).WithMany().HasForeignKey(o => o.CommunityId);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId);
    }
}

public class OfferInterestConfiguration : IEntityTypeConfiguration<OfferInterest>
{
    public void Configure(EntityTypeBuilder<OfferInterest> builder)
    {
        // Once per person: pressing it again changes their note.
        builder.HasIndex(i => new { i.OfferId, i.PersonId }).IsUnique();
        builder.Property(i => i.Note).HasMaxLength(OfferInterest.NoteMaxLength);
        builder.HasOne(i => i.Offer).WithMany(o => o.Interests).HasForeignKey(i => i.OfferId);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId);
        builder.HasOne<Connection>().WithMany().HasForeignKey(i => i.ConnectionId).OnDelete(DeleteBehavior.SetNull);
    }
}
