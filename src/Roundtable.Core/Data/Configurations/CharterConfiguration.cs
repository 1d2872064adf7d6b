using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class CharterVersionConfiguration : IEntityTypeConfiguration<CharterVersion>
{
    public void Configure(EntityTypeBuilder<CharterVersion> builder)
    {
        // Two co-leads saving at once cannot both make version N: the second is told.
        builder.HasIndex(v => new { v.CommunityId, v.Number }).IsUnique();
        builder.Property(v => v.Note).HasMaxLength(CharterVersion.NoteMaxLength);
        builder.HasOne(v => v.Community).WithMany().HasForeignKey(v => v.CommunityId);
        builder.HasOne(v => v.Author).WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.CreditedTo).WithMany().HasForeignKey(v => v.CreditedToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.VersionId);
        builder.HasMany(v => v.Principles).WithOne().HasForeignKey(p => p.VersionId);
    }
}

public class CharterSectionConfiguration : IEntityTypeConfiguration<CharterSection>
{
    public void Configure(EntityTypeBuilder<CharterSection> builder)
    {
        builder.HasIndex(s => new { s.VersionId, s.Key }).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(CharterSection.KeyMaxLength);
        builder.Property(s => s.Title).HasMaxLength(CharterSection.TitleMaxLength);
        builder.Property(s => s.Body).HasMaxLength(CharterSection.BodyMaxLength);
    }
}

public class DiscussionPrincipleConfiguration : IEntityTypeConfiguration<DiscussionPrinciple>
{
    public void Configure(EntityTypeBuilder<DiscussionPrinciple> builder)
    {
        builder.HasIndex(p => new { p.VersionId, p.Position });
        builder.Property(p => p.Name).HasMaxLength(DiscussionPrinciple.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(DiscussionPrinciple.DescriptionMaxLength);
    }
}

public class CharterSuggestionConfiguration : IEntityTypeConfiguration<CharterSuggestion>
{
    public void Configure(EntityTypeBuilder<CharterSuggestion> builder)
    {
        builder.HasIndex(s => new { s.CommunityId, s.Status });
        builder.HasIndex(s => s.SubmissionKey).IsUnique();
        builder.Property(s => s.SectionKey).HasMaxLength(CharterSection.KeyMaxLength);
        builder.Property(s => s.ProposedBody).HasMaxLength(CharterSection.BodyMaxLength);
        builder.Property(s => s.Reason).HasMaxLength(CharterSuggestion.ReasonMaxLength);
        builder.ComplexProperty(s => s.Decision, d => d.MapDecision(CharterSuggestion.ReasonMaxLength));
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(s => s.Community).WithMany().HasForeignKey(s => s.CommunityId);
        builder.HasOne(s => s.Author).WithMany().HasForeignKey(s => s.AuthorId);
    }
}

public class ToBeConfirmedConfiguration : IEntityTypeConfiguration<ToBeConfirmed>
{
    public void Configure(EntityTypeBuilder<ToBeConfirmed> builder)
    {
        builder.HasIndex(t => t.CommunityId);
        builder.Property(t => t.SectionKey).HasMaxLength(CharterSection.KeyMaxLength);
        builder.Property(t => t.Text).HasMaxLength(ToBeConfirmed.TextMaxLength);
        builder.Property(t => t.ConfirmedWith).HasMaxLength(ToBeConfirmed.ConfirmedWithMaxLength);
        builder.Property(t => t.Outcome).HasMaxLength(ToBeConfirmed.TextMaxLength);
        builder.HasOne(t => t.Community).WithMany().HasForeignKey(t => t.CommunityId);
    }
}
