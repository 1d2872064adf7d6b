using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Rooms;

// A session whose room is open, with a co-lead who facilitates and a member who takes part.
public sealed record OpenRoom(Community Community, Session Session, Guid RoomId, Person Facilitator, Person Member)
{
    public Participant Participant => Participant.Member(Member.Id);
}

public static class RoomTestData
{
    public static async Task<OpenRoom> OpenRoomAsync(this RoundtableApp app, SessionKind kind = SessionKind.Session, string memberName = "Robin Member")
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.CreatePersonAsync("Fran Facilitator");
        var member = await app.CreatePersonAsync(memberName);
        await app.JoinAsync(community, facilitator, CommunityRole.CoLead);
        await app.JoinAsync(community, member, livedExpertGroup: kind == SessionKind.PreparationMeeting);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(20), kind);
        var roomId = await app.UseAsync<LiveRooms, Guid>(async rooms =>
        {
            var room = await rooms.GetOrCreateAsync(session.Id);
            await rooms.OpenAsync(room.Id);
            return room.Id;
        });
        return new OpenRoom(community, session, roomId, facilitator, member);
    }

    public static async Task<T> UseAsync<TService, T>(this RoundtableApp app, Func<TService, Task<T>> work)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<ContributionResult> ContributeAsync(this RoundtableApp app, OpenRoom room, string text, Participant? author = null, Guid? promptId = null, bool anonymous = false) =>
        app.UseAsync<Contributions, ContributionResult>(c =>
            c.AddAsync(room.RoomId, author ?? room.Participant, new NewContribution(Guid.NewGuid(), promptId, text, Anonymous: anonymous)));

    public static Task<PromptView> OpenPromptAsync(this RoundtableApp app, OpenRoom room, PromptKind kind, string text = "Where are we now?", bool asksGoodEnough = false, PromptAudience audience = PromptAudience.Everyone) =>
        app.UseAsync<Prompts, PromptView>(async p =>
            (await p.OpenAsync(room.RoomId, kind, text, audience, asksGoodEnough, room.Facilitator.Id)).Prompt!);

    public static Task<List<RoomEvent>> EventsAsync(this RoundtableApp app, Guid roomId) =>
        app.WithDbAsync(db => db.RoomEvents.AsNoTracking().Where(e => e.RoomId == roomId).OrderBy(e => e.Sequence).ToListAsync());

    public static Task SetNamingAsync(this RoundtableApp app, Community community, Person person, Roundtable.Core.People.Naming naming) =>
        app.WithDbAsync(db => db.Memberships.Where(m => m.CommunityId == community.Id && m.PersonId == person.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Naming, naming)));
}
