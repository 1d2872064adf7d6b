using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("EmailListSubscribers");
        builder.Property(s => s.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.HasIndex(s => new { s.CommunityId, s.Email }).IsUnique();
        builder.Property(s => s.ConfirmTokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasIndex(s => s.ConfirmTokenHash).IsUnique();
        builder.HasOne(s => s.Community).WithMany().HasForeignKey(s => s.CommunityId);
    }
}

public class MailingConfiguration : IEntityTypeConfiguration<ListMailing>
{
    public void Configure(EntityTypeBuilder<ListMailing> builder)
    {
        builder.Property(m => m.Subject).HasMaxLength(ListMailing.SubjectMaxLength);
        builder.Property(m => m.About).HasMaxLength(ListMailing.AboutMaxLength);
        builder.HasIndex(m => m.SubmissionKey).IsUnique();
        builder.HasIndex(m => new { m.CommunityId, m.QueuedAt });
        builder.HasOne(m => m.Community).WithMany().HasForeignKey(m => m.CommunityId);
        builder.HasOne(m => m.By).WithMany().HasForeignKey(m => m.ByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MailingRecipientConfiguration : IEntityTypeConfiguration<MailingRecipient>
{
    public void Configure(EntityTypeBuilder<MailingRecipient> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(r => r.Failure).HasMaxLength(MailingRecipient.FailureMaxLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.UnsubscribeTokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasIndex(r => r.UnsubscribeTokenHash).IsUnique();
        builder.HasIndex(r => new { r.State, r.MailingId });
        builder.HasIndex(r => new { r.MailingId, r.Email }).IsUnique();
        builder.HasOne(r => r.Mailing).WithMany(m => m.Recipients).HasForeignKey(r => r.MailingId);
    }
}
