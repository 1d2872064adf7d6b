using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Data;

public class RoundtableDb(DbContextOptions<RoundtableDb> options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<SignInLink> SignInLinks => Set<SignInLink>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<SignedInSession> SignedInSessions => Set<SignedInSession>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CharterVersion> CharterVersions => Set<CharterVersion>();

    public DbSet<CharterSection> CharterSections => Set<CharterSection>();

    public DbSet<DiscussionPrinciple> DiscussionPrinciples => Set<DiscussionPrinciple>();

    public DbSet<CharterSuggestion> CharterSuggestions => Set<CharterSuggestion>();

    public DbSet<ToBeConfirmed> ToBeConfirmed => Set<ToBeConfirmed>();

    public DbSet<IdentityOption> IdentityOptions => Set<IdentityOption>();

    public DbSet<MemberIdentity> MemberIdentities => Set<MemberIdentity>();

    public DbSet<SubGroup> SubGroups => Set<SubGroup>();

    public DbSet<SubGroupMember> SubGroupMembers => Set<SubGroupMember>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();

    public DbSet<ConsentChange> ConsentChanges => Set<ConsentChange>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<RunningOrderItem> RunningOrderItems => Set<RunningOrderItem>();

    public DbSet<SignUp> SignUps => Set<SignUp>();

    public DbSet<Attendee> Attendance => Set<Attendee>();

    public DbSet<UnmatchedAttendee> UnmatchedAttendees => Set<UnmatchedAttendee>();

    public DbSet<RememberedMatch> RememberedMatches => Set<RememberedMatch>();

    public DbSet<BreakoutGroup> BreakoutGroups => Set<BreakoutGroup>();

    public DbSet<BreakoutMember> BreakoutMembers => Set<BreakoutMember>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<RoomPrompt> RoomPrompts => Set<RoomPrompt>();

    public DbSet<RoomGuest> RoomGuests => Set<RoomGuest>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<ContributionPhoto> ContributionPhotos => Set<ContributionPhoto>();

    public DbSet<ContributionMeaning> ContributionMeanings => Set<ContributionMeaning>();

    public DbSet<ContributionImport> ContributionImports => Set<ContributionImport>();

    public DbSet<Reaction> Reactions => Set<Reaction>();

    public DbSet<RoomEvent> RoomEvents => Set<RoomEvent>();

    public DbSet<ModerationEntry> ModerationEntries => Set<ModerationEntry>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<ThemeContribution> ThemeContributions => Set<ThemeContribution>();

    public DbSet<ThemeSettling> ThemeSettlings => Set<ThemeSettling>();

    public DbSet<IgnoredSuggestion> IgnoredSuggestions => Set<IgnoredSuggestion>();

    public DbSet<MapEntry> MapEntries => Set<MapEntry>();

    public DbSet<MapEntryMember> MapEntryMembers => Set<MapEntryMember>();

    public DbSet<MapLink> MapLinks => Set<MapLink>();

    public DbSet<EmbeddingsChoice> EmbeddingsChoices => Set<EmbeddingsChoice>();

    public DbSet<Ask> Asks => Set<Ask>();

    public DbSet<AskChange> AskChanges => Set<AskChange>();

    public DbSet<SessionFeedback> SessionFeedback => Set<SessionFeedback>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<ConnectionChange> ConnectionChanges => Set<ConnectionChange>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OfferInterest> OfferInterests => Set<OfferInterest>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<ResourceFile> ResourceFiles => Set<ResourceFile>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

    public DbSet<ListMailing> Mailings => Set<ListMailing>();

    public DbSet<MailingRecipient> MailingRecipients => Set<MailingRecipient>();

    // Pinned, so the model never changes with how Identity happens to be configured.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RoundtableDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
