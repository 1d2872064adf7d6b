using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Breakouts;

// A session's breakout groups: who takes part, proposing groups, moving people and choosing
// chairs, and the group someone is in. Every change is safe to repeat: a second click finds it done.
public sealed class BreakoutGroups(RoundtableDb db)
{
    private static readonly Func<RoundtableDb, Guid, Guid, CancellationToken, Task<Guid?>> GroupOf =
        EF.CompileAsyncQuery((RoundtableDb db, Guid sessionId, Guid personId, CancellationToken _) =>
            db.BreakoutMembers.Where(m => m.SessionId == sessionId && m.PersonId == personId).Select(m => (Guid?)m.GroupId).SingleOrDefault());

    // Where the people to group come from: who came, once attendance has been taken; until
    // then, who is booked.
    public enum Source
    {
        Nobody = 0,
        Attendance = 1,
        Bookings = 2,
    }

    public enum Outcome
    {
        Saved = 0,
        AlreadySaved = 1,
        NotFound = 2,
    }

    public const string ToNewGroup = "new";
    public const string OutOfGroups = "out";

    // Where a move sends someone: into group Group, into a new group of their own, or (neither) out
    // of the groups.
    public sealed record Destination(int? Group, bool NewGroup);

    // Someone as the facilitator plans with them: named as they chose, with their role, and what
    // may tell them apart from someone named alike (MemberNames.Clues).
    public sealed record Participant(BreakoutPerson Person, string Name, CommunityRole Role, IReadOnlyList<string> Clues);

    public sealed record Participants(Source Source, IReadOnlyList<Participant> People);

    public sealed record Group(int Number, Guid? ChairId, IReadOnlyList<Participant> Members)
    {
        public Participant? Chair => Members.FirstOrDefault(m => m.Person.Id == ChairId);

        public BreakoutGroupPlan AsPlan() => new(Number, ChairId, Members.Select(m => m.Person).ToList());
    }

    // What a participant sees of their own group: its number, its chair and the others in it.
    public sealed record YourGroup(int Number, string? Chair, bool YouChair, IReadOnlyList<string> Others);

    // Each person's label on the plan, by id: their name, told apart from anyone else on it named alike.
    public static IReadOnlyDictionary<Guid, string> TellApart(IEnumerable<Participant> people)
    {
        var distinct = people.DistinctBy(p => p.Person.Id).ToList();
        var labels = MemberNames.TellApart(distinct, p => p.Name, p => p.Clues);
        return distinct.Select((p, i) => (p.Person.Id, Label: labels[i])).ToDictionary(x => x.Id, x => x.Label);
    }

    public Task<Session?> FindSessionAsync(Guid communityId, int number, CancellationToken cancellationToken = default) =>
        db.Sessions.SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Number == number, cancellationToken);

    // Current members of the community who came (if anyone has been marked as attending) or
    // are booked. Guests are not members, so they are grouped in the room.
    public async Task<Participants> ParticipantsAsync(Session session, CancellationToken cancellationToken = default)
    {
        var attended = db.Attendance.Where(a => a.SessionId == session.Id && a.PersonId != null).Select(a => a.PersonId!.Value);
        var booked = db.SignUps.Where(s => s.SessionId == session.Id && s.Status == SignUpStatus.Booked).Select(s => s.PersonId);
        var source = await attended.AnyAsync(cancellationToken) ? Source.Attendance : Source.Bookings;
        var people = await DescribeAsync(session, source == Source.Attendance ? attended : booked, currentOnly: true, cancellationToken);
        return new Participants(people.Count == 0 ? Source.Nobody : source, people);
    }

    public async Task<IReadOnlyList<Group>> GroupsAsync(Session session, CancellationToken cancellationToken = default)
    {
        var groups = await db.BreakoutGroups.AsNoTracking()
            .Where(g => g.SessionId == session.Id)
            .OrderBy(g => g.Number)
            .Select(g => new { g.Number, g.ChairId, People = g.Members.Select(m => m.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        var people = await DescribeAsync(session, db.BreakoutMembers.Where(m => m.SessionId == session.Id).Select(m => m.PersonId), currentOnly: false, cancellationToken);
        var byId = people.ToDictionary(p => p.Person.Id);
        var order = people.Select((p, i) => (p.Person.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // The chair first, then in the planner's order (by name, people not named last).
        return groups
            .Select(g => new Group(g.Number, g.ChairId, g.People
                .Where(byId.ContainsKey)
                .OrderBy(id => id == g.ChairId ? 0 : 1).ThenBy(id => order[id])
                .Select(id => byId[id])
                .ToList()))
            .ToList();
    }

    // Replaces the session's groups with new ones. The planner gives the same groups for the same
    // people, so a second click (even one that loses a race with the first) saves the same thing.
    public async Task<BreakoutPlan> ProposeAsync(Session session, int min, int max, bool keepQuietTogether, CancellationToken cancellationToken = default)
    {
        var participants = await ParticipantsAsync(session, cancellationToken);
        var plan = BreakoutPlanner.Propose(participants.People.Select(p => p.Person), min, max, keepQuietTogether);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.BreakoutMembers.Where(m => m.SessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
                await db.BreakoutGroups.Where(g => g.SessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
                foreach (var proposed in plan.Groups)
                {
                    var group = new BreakoutGroup { SessionId = session.Id, Number = proposed.Number, ChairId = proposed.ChairId };
                    group.Members.AddRange(proposed.Members.Select(p => new BreakoutMember { SessionId = session.Id, PersonId = p.Id }));
                    db.BreakoutGroups.Add(group);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException)
        {
            // Another click saved the same groups first.
            db.ChangeTracker.Clear();
        }

        return plan;
    }

    // Whether proposing again would give exactly the groups already saved: a second click on
    // "Propose groups" then has nothing to replace.
    public async Task<bool> SameAsProposalAsync(Session session, int min, int max, bool keepQuietTogether, CancellationToken cancellationToken = default)
    {
        var participants = await ParticipantsAsync(session, cancellationToken);
        var plan = BreakoutPlanner.Propose(participants.People.Select(p => p.Person), min, max, keepQuietTogether);
        var saved = await GroupsAsync(session, cancellationToken);
        return plan.Groups.Count == saved.Count && plan.Groups.Zip(saved).All(pair =>
            pair.First.Number == pair.Second.Number
            && pair.First.ChairId == pair.Second.ChairId
            && pair.First.Members.Select(m => m.Id).Order().SequenceEqual(pair.Second.Members.Select(m => m.Person.Id).Order()));
    }

    // A group's number ("3"), "new" or "out", as the plan page's choices and the API name them;
    // null for anything else.
    public static Destination? ReadDestination(string? to) => to?.Trim() switch
    {
        ToNewGroup => new Destination(null, NewGroup: true),
        OutOfGroups => new Destination(null, NewGroup: false),
        { } number when int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var group) => new Destination(group, NewGroup: false),
        _ => null,
    };

    // Moves someone taking part (or already in a group) to group `toGroup`; with newGroup, to a new
    // group of their own; with neither, out of the groups. A group left empty is removed; a group
    // that loses its chair gets another by the planner's rule; an empty group's newcomer chairs it.
    public async Task<Outcome> MoveAsync(Session session, Guid personId, int? toGroup, bool newGroup, CancellationToken cancellationToken = default)
    {
        var groups = await db.BreakoutGroups.Include(g => g.Members).Where(g => g.SessionId == session.Id).ToListAsync(cancellationToken);
        var from = groups.FirstOrDefault(g => g.Members.Any(m => m.PersonId == personId));
        var target = toGroup is { } number ? groups.FirstOrDefault(g => g.Number == number) : null;
        if ((toGroup is not null && target is null) || (from is null && !await TakesPartAsync(session, personId, cancellationToken)))
        {
            return Outcome.NotFound;
        }

        if (newGroup ? from is { Members.Count: 1 } : from == target)
        {
            return Outcome.AlreadySaved;
        }

        if (newGroup)
        {
            target = new BreakoutGroup { SessionId = session.Id, Number = groups.Max(g => (int?)g.Number) + 1 ?? 1 };
            db.BreakoutGroups.Add(target);
        }

        // The key is the session and the person, so a move is the same row with another group.
        var member = from?.Members.Single(m => m.PersonId == personId);
        switch (member, target)
        {
            case (null, not null):
                db.BreakoutMembers.Add(new BreakoutMember { SessionId = session.Id, PersonId = personId, GroupId = target.Id });
                break;
            case (not null, not null):
                member.GroupId = target.Id;
                break;
            case (not null, null):
                db.BreakoutMembers.Remove(member);
                break;
        }

        if (target is not null)
        {
            target.ChairId ??= personId;
        }

        if (from is not null)
        {
            await LeftBehindAsync(session, from, personId, cancellationToken);
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<Outcome> SetChairAsync(Session session, int groupNumber, Guid personId, CancellationToken cancellationToken = default)
    {
        var group = await db.BreakoutGroups.Include(g => g.Members)
            .SingleOrDefaultAsync(g => g.SessionId == session.Id && g.Number == groupNumber, cancellationToken);
        if (group is null || group.Members.All(m => m.PersonId != personId))
        {
            return Outcome.NotFound;
        }

        if (group.ChairId == personId)
        {
            return Outcome.AlreadySaved;
        }

        group.ChairId = personId;
        return await SaveAsync(cancellationToken);
    }

    // Someone's own group, named as each chose; null when they are in none.
    public async Task<YourGroup?> YourGroupAsync(Session session, Guid personId, CancellationToken cancellationToken = default)
    {
        // Every member's session page asks, and most are in no group yet: a cheap question first.
        if (await GroupOf(db, session.Id, personId, cancellationToken) is not { } groupId)
        {
            return null;
        }

        var group = await db.BreakoutGroups.AsNoTracking()
            .Where(g => g.Id == groupId)
            .Select(g => new { g.Number, g.ChairId, People = g.Members.Select(o => o.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return null;
        }

        var names = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == session.CommunityId && group.People.Contains(m.PersonId))
            .Select(m => new { m.PersonId, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation })
            .ToDictionaryAsync(m => m.PersonId, m => MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation), cancellationToken);
        var chair = group.ChairId is { } chairId && chairId != personId ? names.GetValueOrDefault(chairId) : null;
        var others = group.People
            .Where(id => id != personId && id != group.ChairId && names.ContainsKey(id))
            .Select(id => names[id])
            .OrderBy(name => name == MemberNames.NotNamed).ThenBy(name => name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new YourGroup(group.Number, chair, group.ChairId == personId, others);
    }

    private async Task<bool> TakesPartAsync(Session session, Guid personId, CancellationToken cancellationToken) =>
        (await ParticipantsAsync(session, cancellationToken)).People.Any(p => p.Person.Id == personId);

    private async Task LeftBehindAsync(Session session, BreakoutGroup group, Guid leaving, CancellationToken cancellationToken)
    {
        var staying = group.Members.Where(m => m.PersonId != leaving).Select(m => m.PersonId).ToList();
        if (staying.Count == 0)
        {
            db.ChangeTracker.DetectChanges();
            db.BreakoutGroups.Remove(group);
        }
        else if (!staying.Contains(group.ChairId ?? Guid.Empty))
        {
            var people = await DescribeAsync(session, db.BreakoutMembers.Where(m => m.GroupId == group.Id && m.PersonId != leaving).Select(m => m.PersonId), currentOnly: false, cancellationToken);
            group.ChairId = BreakoutPlanner.ChooseChair(people.Select(p => p.Person).ToList())?.Id ?? staying[0];
        }
    }

    private async Task<Outcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Saved;
        }
        catch (DbUpdateException)
        {
            // A second click got there first: what it saved is what this one asked for.
            db.ChangeTracker.Clear();
            return Outcome.AlreadySaved;
        }
    }

    // Each person's membership here, read as the planner needs it, in the planner's order (by the
    // name others see, so that nothing about a hidden name leaks through the order).
    private async Task<List<Participant>> DescribeAsync(Session session, IQueryable<Guid> personIds, bool currentOnly, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == session.CommunityId && personIds.Contains(m.PersonId) && (!currentOnly || m.LeftAt == null))
            .Select(m => new
            {
                m.PersonId,
                m.Role,
                m.Naming,
                m.Person.DisplayName,
                m.JobRole,
                m.Organisation,
                m.AccessNeeds,
                Identities = m.Identities.OrderBy(i => i.IdentityOption.Position).Select(i => new { i.IdentityOptionId, i.IdentityOption.Kind }).ToList(),
            })
            .ToListAsync(cancellationToken);
        // What they said they need for this session, when they signed up, is newer than their profile.
        var needs = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == session.Id && s.Status != SignUpStatus.Cancelled && personIds.Contains(s.PersonId))
            .ToDictionaryAsync(s => s.PersonId, s => s.AccessNeeds, cancellationToken);

        return members
            .Select(m =>
            {
                var name = MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation);
                var kinds = m.Identities.Select(i => i.Kind).ToHashSet();
                var person = new BreakoutPerson(
                    m.PersonId,
                    (name == MemberNames.NotNamed ? "\uffff" : "") + name.ToUpperInvariant(),
                    LivedExperience: kinds.Contains(IdentityKind.LivedExperience) || kinds.Contains(IdentityKind.Both),
                    Staff: kinds.Contains(IdentityKind.Staff) || kinds.Contains(IdentityKind.Both),
                    FamilyOrCarer: kinds.Contains(IdentityKind.FamilyOrCarer),
                    WantsQuietSpace: needs.GetValueOrDefault(m.PersonId, m.AccessNeeds).HasFlag(AccessNeeds.QuietSpace),
                    CanChair: m.Role >= CommunityRole.Facilitator,
                    Identity: m.Identities.Select(i => i.IdentityOptionId.ToString()).FirstOrDefault());
                return new Participant(person, name, m.Role, MemberNames.Clues(m.Naming, m.JobRole, m.Organisation));
            })
            .OrderBy(p => p.Person.SortKey, StringComparer.Ordinal).ThenBy(p => p.Person.Id)
            .ToList();
    }
}
