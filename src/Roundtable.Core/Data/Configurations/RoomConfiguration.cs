using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        // One room for each session or preparation meeting.
        builder.HasIndex(r => r.SessionId).IsUnique();
        builder.HasIndex(r => r.JoinTokenHash).IsUnique();
        builder.HasIndex(r => r.ProjectorTokenHash).IsUnique();
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(RoomCode.Length);
        // Rooms made before the setting take no guests by code.
        builder.Property(r => r.GuestsMayJoinByCode).HasDefaultValue(false);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.JoinTokenHash).HasMaxLength(SecretToken.HashLength);
        builder.Property(r => r.ProjectorTokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasOne(r => r.Session).WithMany().HasForeignKey(r => r.SessionId);
        builder.HasOne<RunningOrderItem>().WithMany().HasForeignKey(r => r.CurrentItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class RoomPromptConfiguration : IEntityTypeConfiguration<RoomPrompt>
{
    public void Configure(EntityTypeBuilder<RoomPrompt> builder)
    {
        builder.HasIndex(p => new { p.RoomId, p.OpenedAt });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Text).HasMaxLength(RoomPrompt.TextMaxLength);
        builder.HasOne<Room>().WithMany().HasForeignKey(p => p.RoomId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.OpenedById).OnDelete(DeleteBehavior.NoAction);
    }
}

public class RoomGuestConfiguration : IEntityTypeConfiguration<RoomGuest>
{
    public void Configure(EntityTypeBuilder<RoomGuest> builder)
    {
        builder.HasIndex(g => g.RoomId);
        builder.HasIndex(g => g.TokenHash).IsUnique();
        builder.Property(g => g.DisplayName).HasMaxLength(RoomGuest.DisplayNameMaxLength);
        builder.Property(g => g.TokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasOne<Room>().WithMany().HasForeignKey(g => g.RoomId);
    }
}

public class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        // The client makes the id, so a resend finds what it already stored.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.RoomId, c.Sequence }).IsUnique();
        builder.HasIndex(c => c.PromptId);
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.GuestId);
        builder.HasIndex(c => c.SpokenById);
        builder.HasIndex(c => c.HiddenById);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Text).HasMaxLength(Contribution.TextMaxLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(Contribution.HiddenReasonMaxLength);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ContributionSource.Room);
        builder.Property(c => c.SenderName).HasMaxLength(Contribution.SenderNameMaxLength);
        builder.Property(c => c.SaidAt).HasMaxLength(Contribution.SaidAtMaxLength);
        builder.Property(c => c.SenderEmail).HasMaxLength(Contribution.SenderEmailMaxLength);
        builder.HasIndex(c => c.ImportId);
        builder.HasOne<ContributionImport>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Room>().WithMany().HasForeignKey(c => c.RoomId);
        builder.HasOne(c => c.Prompt).WithMany().HasForeignKey(c => c.PromptId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RoomGuest>().WithMany().HasForeignKey(c => c.GuestId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.SpokenById).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.HiddenById).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(c => c.Photo).WithOne().HasForeignKey<ContributionPhoto>(p => p.ContributionId);
    }
}

public class ContributionPhotoConfiguration : IEntityTypeConfiguration<ContributionPhoto>
{
    public void Configure(EntityTypeBuilder<ContributionPhoto> builder)
    {
        builder.HasKey(p => p.ContributionId);
        builder.Property(p => p.ContentType).HasMaxLength(ContributionPhoto.ContentTypeMaxLength);
        builder.Property(p => p.Description).HasMaxLength(ContributionPhoto.DescriptionMaxLength);
    }
}

public class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    public void Configure(EntityTypeBuilder<Reaction> builder)
    {
        // Reacting is a toggle: one of each kind per person and contribution.
        builder.HasIndex(r => new { r.ContributionId, r.ReactorId, r.Kind }).IsUnique();
        builder.HasIndex(r => r.RoomId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Room>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(r => r.ContributionId);
    }
}

public class RoomEventConfiguration : IEntityTypeConfiguration<RoomEvent>
{
    public void Configure(EntityTypeBuilder<RoomEvent> builder)
    {
        builder.HasKey(e => new { e.RoomId, e.Sequence });
        builder.HasIndex(e => e.ContributionId);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Room>().WithMany().HasForeignKey(e => e.RoomId);
    }
}

public class ModerationEntryConfiguration : IEntityTypeConfiguration<ModerationEntry>
{
    public void Configure(EntityTypeBuilder<ModerationEntry> builder)
    {
        builder.HasIndex(m => m.RoomId);
        builder.HasIndex(m => m.ContributionId);
        builder.HasIndex(m => m.ById);
        builder.Property(m => m.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Reason).HasMaxLength(ModerationEntry.ReasonMaxLength);
        builder.HasOne<Room>().WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(m => m.ContributionId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.ById).OnDelete(DeleteBehavior.NoAction);
    }
}
