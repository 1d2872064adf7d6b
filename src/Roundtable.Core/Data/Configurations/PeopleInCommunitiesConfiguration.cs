using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class IdentityOptionConfiguration : IEntityTypeConfiguration<IdentityOption>
{
    public void Configure(EntityTypeBuilder<IdentityOption> builder)
    {
        builder.HasIndex(o => new { o.CommunityId, o.Position });
        builder.Property(o => o.Name).HasMaxLength(IdentityOption.NameMaxLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(o => o.Community).WithMany().HasForeignKey(o => o.CommunityId);
    }
}

public class MemberIdentityConfiguration : IEntityTypeConfiguration<MemberIdentity>
{
    public void Configure(EntityTypeBuilder<MemberIdentity> builder)
    {
        builder.HasKey(i => new { i.MembershipId, i.IdentityOptionId });
        builder.HasIndex(i => i.IdentityOptionId);
        builder.HasOne(i => i.Membership).WithMany(m => m.Identities).HasForeignKey(i => i.MembershipId);
        builder.HasOne(i => i.IdentityOption).WithMany().HasForeignKey(i => i.IdentityOptionId);
    }
}

public class SubGroupConfiguration : IEntityTypeConfiguration<SubGroup>
{
    public void Configure(EntityTypeBuilder<SubGroup> builder)
    {
        builder.HasIndex(g => g.CommunityId);
        builder.Property(g => g.Name).HasMaxLength(SubGroup.NameMaxLength);
        builder.Property(g => g.Purpose).HasMaxLength(SubGroup.PurposeMaxLength);
        builder.HasOne(g => g.Community).WithMany().HasForeignKey(g => g.CommunityId);
    }
}

public class SubGroupMemberConfiguration : IEntityTypeConfiguration<SubGroupMember>
{
    public void Configure(EntityTypeBuilder<SubGroupMember> builder)
    {
        builder.HasKey(m => new { m.SubGroupId, m.MembershipId });
        builder.HasIndex(m => m.MembershipId);
        builder.HasOne(m => m.SubGroup).WithMany(g => g.Members).HasForeignKey(m => m.SubGroupId);
        builder.HasOne(m => m.Membership).WithMany().HasForeignKey(m => m.MembershipId);
    }
}

public class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.CommunityId, i.Email });
        builder.Property(i => i.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(SecretToken.HashLength);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(Invitation.NoteMaxLength);
        builder.HasOne(i => i.Community).WithMany().HasForeignKey(i => i.CommunityId);
        builder.HasOne(i => i.InvitedBy).WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> builder)
    {
        builder.HasIndex(r => new { r.CommunityId, r.Status });
        builder.HasIndex(r => r.PersonId);
        builder.Property(r => r.Message).HasMaxLength(JoinRequest.MessageMaxLength);
        builder.ComplexProperty(r => r.Decision, d => d.MapDecision(JoinRequest.MessageMaxLength));
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(r => r.Community).WithMany().HasForeignKey(r => r.CommunityId);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId);
    }
}

public class ConsentChangeConfiguration : IEntityTypeConfiguration<ConsentChange>
{
    public void Configure(EntityTypeBuilder<ConsentChange> builder)
    {
        builder.HasIndex(c => new { c.MembershipId, c.At });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Value).HasMaxLength(20);
        builder.HasOne(c => c.Membership).WithMany(m => m.ConsentChanges).HasForeignKey(c => c.MembershipId);
    }
}
