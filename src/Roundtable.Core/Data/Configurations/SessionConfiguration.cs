using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Data.Configurations;

public class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.HasIndex(s => s.CommunityId);
        builder.Property(s => s.Name).HasMaxLength(Series.NameMaxLength);
        builder.Property(s => s.Rhythm).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(s => s.Community).WithMany().HasForeignKey(s => s.CommunityId);
    }
}

public class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        // "Session 3" is one session in a community; preparation meetings are numbered apart.
        builder.HasIndex(s => new { s.CommunityId, s.Kind, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.CommunityId, s.StartsAt });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Topic).HasMaxLength(Session.TopicMaxLength);
        builder.Property(s => s.MeetingLink).HasMaxLength(Session.MeetingLinkMaxLength);
        builder.Property(s => s.Venue).HasMaxLength(Session.VenueMaxLength);
        builder.Property(s => s.Directions).HasMaxLength(Session.DirectionsMaxLength);
        builder.Property(s => s.CancelReason).HasMaxLength(Session.CancelReasonMaxLength);
        builder.HasOne(s => s.Community).WithMany().HasForeignKey(s => s.CommunityId);
        builder.HasOne(s => s.Series).WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.RunningOrder).WithOne().HasForeignKey(i => i.SessionId);
    }
}

public class RunningOrderItemConfiguration : IEntityTypeConfiguration<RunningOrderItem>
{
    public void Configure(EntityTypeBuilder<RunningOrderItem> builder)
    {
        builder.HasIndex(i => new { i.SessionId, i.Position });
        builder.Property(i => i.Title).HasMaxLength(RunningOrderItem.TitleMaxLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Presenter).HasMaxLength(RunningOrderItem.PresenterMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(RunningOrderItem.NotesMaxLength);
    }
}

public class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> builder)
    {
        // Signing up twice is one sign-up.
        builder.HasIndex(s => new { s.SessionId, s.PersonId }).IsUnique();
        builder.HasIndex(s => s.PersonId);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.OtherAccessNeeds).HasMaxLength(Membership.OtherAccessNeedsMaxLength);
        builder.HasOne(s => s.Session).WithMany().HasForeignKey(s => s.SessionId);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId);
    }
}

public class AttendanceConfiguration : IEntityTypeConfiguration<Attendee>
{
    public void Configure(EntityTypeBuilder<Attendee> builder)
    {
        builder.ToTable("Attendance");
        // A member comes once to a session, however often they are marked or imported.
        builder.HasIndex(a => new { a.SessionId, a.PersonId }).IsUnique();
        builder.HasIndex(a => a.PersonId);
        builder.Property(a => a.GuestName).HasMaxLength(Attendee.NameMaxLength);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId);
    }
}

public class UnmatchedAttendeeConfiguration : IEntityTypeConfiguration<UnmatchedAttendee>
{
    public void Configure(EntityTypeBuilder<UnmatchedAttendee> builder)
    {
        builder.HasIndex(u => u.SessionId);
        builder.Property(u => u.Name).HasMaxLength(UnmatchedAttendee.NameMaxLength);
        builder.Property(u => u.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(u => u.Resolution).HasMaxLength(20);
        builder.HasOne(u => u.Session).WithMany().HasForeignKey(u => u.SessionId);
    }
}

public class BreakoutGroupConfiguration : IEntityTypeConfiguration<BreakoutGroup>
{
    public void Configure(EntityTypeBuilder<BreakoutGroup> builder)
    {
        builder.HasIndex(g => new { g.SessionId, g.Number }).IsUnique();
        builder.HasOne(g => g.Session).WithMany().HasForeignKey(g => g.SessionId);
        builder.HasOne(g => g.Chair).WithMany().HasForeignKey(g => g.ChairId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(g => g.Members).WithOne(m => m.Group).HasForeignKey(m => m.GroupId);
    }
}

public class BreakoutMemberConfiguration : IEntityTypeConfiguration<BreakoutMember>
{
    public void Configure(EntityTypeBuilder<BreakoutMember> builder)
    {
        builder.HasKey(m => new { m.SessionId, m.PersonId });
        builder.HasIndex(m => m.GroupId);
        builder.HasIndex(m => m.PersonId);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId);
        // Reached through its group; the session id only makes "one group each" a key.
        builder.HasOne<Session>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.PersonId);
        builder.Property(f => f.TokenHash).HasMaxLength(SecretToken.HashLength);
        builder.HasOne(f => f.Person).WithMany().HasForeignKey(f => f.PersonId);
    }
}
