using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data.Configurations;

public class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.HasIndex(c => c.CommunityId);
        builder.HasIndex(c => c.SessionId);
        builder.Property(c => c.Why).HasMaxLength(Connection.WhyMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.OwnsOne(c => c.From, Side);
        builder.OwnsOne(c => c.To, Side);
        builder.Navigation(c => c.From).IsRequired();
        builder.Navigation(c => c.To).IsRequired();
        builder.HasOne(c => c.Community).WithMany().HasForeignKey(c => c.CommunityId);
        builder.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.SetNull);
    }

    private static void Side(OwnedNavigationBuilder<Connection, ConnectionSide> side)
    {
        side.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        side.Property(s => s.Name).HasMaxLength(ConnectionSide.NameMaxLength);
        side.HasIndex(s => s.PersonId);
    }
}

public class ConnectionChangeConfiguration : IEntityTypeConfiguration<ConnectionChange>
{
    public void Configure(EntityTypeBuilder<ConnectionChange> builder)
    {
        builder.HasIndex(c => c.ConnectionId);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(Connection.NoteMaxLength);
        builder.HasOne(c => c.Connection).WithMany(c => c.Changes).HasForeignKey(c => c.ConnectionId);
    }
}
