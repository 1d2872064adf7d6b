using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Infrastructure;

// Test classes that need only an app, people and communities of their own (every TestData builder
// names things uniquely) share one app per collection below, rather than each starting its own:
// an app start costs about 0.6 s on SQLite and 0.9 s on PostgreSQL, and a run has a hundred-odd
// classes. The classes in a collection run one after another, so nothing changes under a test
// mid-way; the collections run beside each other and are kept to about 15–25 s each so that none
// is left running alone at the end. A class that moves the clock by days, changes the app's
// settings or environment, or counts what the whole app holds keeps IClassFixture<RoundtableApp>,
// as does any class written that way: both ways work.
public static class SharedApps
{
    public const string Api = "App shared by API tests";
    public const string Doors = "App shared by two-door tests";
    public const string Rooms = "App shared by room tests";
    public const string People = "App shared by people and membership tests";
    public const string Sessions = "App shared by session and attendance tests";
    public const string Pages = "App shared by charter, themes and other page tests";

    // Served over a loopback socket, for tests that speak to the room hub.
    public const string LiveRooms = "App shared by live room tests";
}

[CollectionDefinition(SharedApps.Api)]
public sealed class ApiSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.Doors)]
public sealed class DoorsSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.Rooms)]
public sealed class RoomsSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.People)]
public sealed class PeopleSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.Sessions)]
public sealed class SessionsSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.Pages)]
public sealed class PagesSharedApp : ICollectionFixture<RoundtableApp>;

[CollectionDefinition(SharedApps.LiveRooms)]
public sealed class LiveRoomsSharedApp : ICollectionFixture<RoomHubApp>;
