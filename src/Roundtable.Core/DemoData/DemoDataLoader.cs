using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.DemoData;

public sealed class DemoDataLoader(RoundtableDb db, Accounts accounts, CommunityFounding founding, Charters charters, TimeProvider clock)
{
    // Loads only into an empty database, so a restart never duplicates anything and a real
    // installation that has communities of its own is never touched.
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Communities.AnyAsync(cancellationToken))
        {
            return false;
        }

        var admin = await accounts.FindOrCreateAsync(DemoCommunities.AdminEmail);
        admin.DisplayName ??= "Demo site admin";
        await accounts.MakeSiteAdminAsync(admin);

        foreach (var demo in DemoCommunities.All)
        {
            await LoadAsync(demo, cancellationToken);
        }

        return true;
    }

    private async Task LoadAsync(DemoCommunities.DemoCommunity demo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = DemoSessions.All.SingleOrDefault(p => p.Slug == demo.Slug);
        IReadOnlyList<DemoCommunities.DemoPerson> everyone =
            [.. demo.People, .. Enumerable.Range(0, plan?.ExtraMembers ?? 0).Select(DemoSessions.ExtraMember)];
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var demoPerson in everyone)
        {
            var person = await accounts.FindOrCreateAsync(demoPerson.Email);
            person.DisplayName ??= demoPerson.Name;
            people[demoPerson.Email] = person;
        }

        var founder = people[demo.People.First(p => p.Role == CommunityRole.CoLead).Email];
        var community = founding.Found(
            new CommunityFounding.Details(demo.Slug, demo.Name, demo.Purpose, demo.Region, demo.Contact, CommunityVisibility.Listed),
            founder.Id);

        var options = db.ChangeTracker.Entries<IdentityOption>().Select(e => e.Entity).Where(o => o.CommunityId == community.Id).ToList();
        foreach (var extra in demo.ExtraIdentities)
        {
            var option = new IdentityOption { CommunityId = community.Id, Name = extra.Name, Kind = extra.Kind, Position = options.Count };
            db.IdentityOptions.Add(option);
            options.Add(option);
        }

        foreach (var option in options.Where(o => demo.Priorities.Contains(o.Name)))
        {
            option.IsPriority = true;
        }

        var memberships = new Dictionary<string, Membership>(StringComparer.Ordinal);
        foreach (var demoPerson in everyone)
        {
            var membership = db.ChangeTracker.Entries<Membership>().Select(e => e.Entity)
                .SingleOrDefault(m => m.CommunityId == community.Id && m.PersonId == people[demoPerson.Email].Id);
            if (membership is null)
            {
                membership = new Membership { CommunityId = community.Id, PersonId = people[demoPerson.Email].Id, JoinedAt = now };
                db.Memberships.Add(membership);
            }

            Describe(membership, demoPerson, now);
            foreach (var identity in demoPerson.Identities ?? [])
            {
                db.MemberIdentities.Add(new MemberIdentity { MembershipId = membership.Id, IdentityOptionId = options.Single(o => o.Name == identity).Id });
            }

            memberships[demoPerson.Email] = membership;
        }

        foreach (var item in demo.ToBeConfirmed)
        {
            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = community.Id,
                SectionKey = item.SectionKey,
                Text = item.Text,
                DueOn = UkTimeZone.DateOf(now).AddDays(item.DueInDays),
                ConfirmedWith = item.ConfirmedWith,
                CreatedById = founder.Id,
                CreatedAt = now,
            });
        }

        foreach (var group in demo.SubGroups)
        {
            var subGroup = new SubGroup { CommunityId = community.Id, Name = group.Name, Purpose = group.Purpose, CreatedAt = now };
            db.SubGroups.Add(subGroup);
            foreach (var email in group.MemberEmails)
            {
                db.SubGroupMembers.Add(new SubGroupMember { SubGroupId = subGroup.Id, MembershipId = memberships[email].Id, JoinedAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var version = 1;
        foreach (var edit in demo.CharterEdits)
        {
            var saved = await charters.SaveSectionAsync(community.Id, edit.SectionKey, edit.Body, edit.Note, version, people[edit.AuthorEmail].Id, cancellationToken: cancellationToken);
            version = ((CharterSave.Saved)saved).Version.Number;
        }

        if (plan is not null)
        {
            AddMeetings(community, plan, memberships.Values.OrderBy(m => people.Values.Single(p => p.Id == m.PersonId).Email).ToList(), founder.Id, now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // Sessions and preparation meetings, with who came to the past ones and who is booked for
    // the next. How many came, and how many came back, are fixed, so the figures are the same on
    // every machine; which of the members they were is spread across them.
    private void AddMeetings(Community community, DemoSessions.Plan plan, List<Membership> members, Guid recordedBy, DateTimeOffset now)
    {
        var numbers = new Dictionary<SessionKind, int>();
        var previous = new List<Guid>();
        var everCame = new HashSet<Guid>();
        foreach (var (meeting, date) in plan.Dated(UkTimeZone.DateOf(now)))
        {
            numbers[meeting.Kind] = numbers.GetValueOrDefault(meeting.Kind) + 1;
            var session = new Session
            {
                CommunityId = community.Id,
                Kind = meeting.Kind,
                Number = numbers[meeting.Kind],
                Topic = meeting.Topic,
                StartsAt = UkTimeZone.ToUtc(date, meeting.Start),
                EndsAt = UkTimeZone.ToUtc(date, meeting.End),
                Format = meeting.Kind == SessionKind.PreparationMeeting ? SessionFormat.Online : plan.Format,
                MeetingLink = plan.Format == SessionFormat.InPerson && meeting.Kind == SessionKind.Session ? null : $"https://meet.example.org/{community.Slug}",
                Venue = meeting.Kind == SessionKind.Session ? plan.Venue?.Venue : null,
                Directions = meeting.Kind == SessionKind.Session ? plan.Venue?.Directions : null,
                StepFreeAccess = meeting.Kind == SessionKind.Session ? plan.Venue?.StepFree : null,
                QuietRoom = meeting.Kind == SessionKind.Session ? plan.Venue?.QuietRoom : null,
                Capacity = meeting.Kind == SessionKind.Session ? plan.Capacity : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Sessions.Add(session);
            if (meeting.RunningOrder is { } template)
            {
                var items = RunningOrderTemplates.ItemsFor(template, session.Id);
                foreach (var presentation in items.Where(i => i.Kind == RunningOrderItemKind.Presentation))
                {
                    presentation.Presenter = meeting.Presenter;
                }

                db.RunningOrderItems.AddRange(items);
            }

            if (meeting.Turnout is { } turnout)
            {
                var stayed = previous.OrderBy(id => Spread(id, session.Number)).Take(turnout.FromPrevious).ToList();
                var joined = members.Select(m => m.PersonId)
                    .Where(id => !previous.Contains(id))
                    .OrderBy(id => everCame.Contains(id) ? 1 : 0).ThenBy(id => Spread(id, session.Number))
                    .Take(turnout.Attended - stayed.Count);
                previous = [.. stayed, .. joined];
                foreach (var personId in previous)
                {
                    everCame.Add(personId);
                    db.Attendance.Add(new Attendee
                    {
                        SessionId = session.Id,
                        PersonId = personId,
                        Source = AttendanceSource.Marked,
                        RecordedById = recordedBy,
                        RecordedAt = session.EndsAt,
                    });
                }
            }

            foreach (var member in members.OrderBy(m => Spread(m.PersonId, session.Number)).Take(meeting.SignUps))
            {
                db.SignUps.Add(new SignUp
                {
                    SessionId = session.Id,
                    PersonId = member.PersonId,
                    Status = SignUpStatus.Booked,
                    AccessNeeds = member.AccessNeeds,
                    SignedUpAt = now,
                    BookedAt = now,
                });
            }
        }
    }

    // A stable order that differs from session to session.
    private static int Spread(Guid id, int number) => (id.GetHashCode() ^ (number * 7919)) & int.MaxValue;

    private void Describe(Membership membership, DemoCommunities.DemoPerson demo, DateTimeOffset now)
    {
        membership.Role = demo.Role;
        membership.InLivedExpertGroup = demo.LivedExpertGroup;
        membership.Naming = demo.Naming;
        membership.JobRole = demo.JobRole;
        membership.Organisation = demo.Organisation;
        membership.Offers = demo.Offers;
        membership.LookingFor = demo.LookingFor;
        membership.AccessNeeds = demo.AccessNeeds;
        membership.ContactConsent = demo.ContactConsent;
        membership.QuoteConsent = demo.QuoteConsent;
        if (demo.ContactConsent)
        {
            db.ConsentChanges.Add(new ConsentChange { MembershipId = membership.Id, Kind = ConsentKind.Contact, Value = "Given", At = now });
        }

        if (demo.QuoteConsent != QuoteConsent.NotQuoted)
        {
            db.ConsentChanges.Add(new ConsentChange { MembershipId = membership.Id, Kind = ConsentKind.Quote, Value = demo.QuoteConsent.ToString(), At = now });
        }
    }
}
