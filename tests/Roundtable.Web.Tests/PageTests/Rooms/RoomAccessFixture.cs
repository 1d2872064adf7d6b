using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// AccessFixture's places, with an open room for a session and a preparation meeting in each
// community, the listed session room's join and projector links, and a projector link for the
// listed preparation meeting's room as one made before they had none.
public sealed class RoomAccessFixture : AccessFixture
{
    public Session ListedSession { get; private set; } = null!;

    public Session ListedPreparation { get; private set; } = null!;

    public Guid ListedRoomId { get; private set; }

    public Guid ListedPreparationRoomId { get; private set; }

    public string JoinToken { get; private set; } = "";

    public string ProjectorToken { get; private set; } = "";

    // Planted: the console makes none for a preparation meeting.
    public string PreparationProjectorToken { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedSession = await this.CreateSessionAsync(Listed, Today.AddDays(20), topic: "Listed session");
        ListedPreparation = await this.CreateSessionAsync(Listed, Today.AddDays(6), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
        var hiddenSession = await this.CreateSessionAsync(Hidden, Today.AddDays(20));
        var hiddenPreparation = await this.CreateSessionAsync(Hidden, Today.AddDays(6), SessionKind.PreparationMeeting);
        using var scope = Services.CreateScope();
        var rooms = scope.ServiceProvider.GetRequiredService<LiveRooms>();
        var links = scope.ServiceProvider.GetRequiredService<RoomLinks>();
        foreach (var session in new[] { ListedSession, ListedPreparation, hiddenSession, hiddenPreparation })
        {
            var room = await rooms.GetOrCreateAsync(session.Id);
            await rooms.OpenAsync(room.Id);
            if (session == ListedSession)
            {
                ListedRoomId = room.Id;
                JoinToken = (await links.NewJoinLinkAsync(room.Id))!;
                ProjectorToken = (await links.NewProjectorLinkAsync(room.Id))!;
            }
            else if (session == ListedPreparation)
            {
                ListedPreparationRoomId = room.Id;
                PreparationProjectorToken = await this.PlantProjectorLinkAsync(room.Id);
            }
        }
    }
}
