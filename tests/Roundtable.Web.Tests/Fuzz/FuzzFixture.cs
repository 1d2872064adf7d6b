using Roundtable.Tests.Shared;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Calendar;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Charter;
using Roundtable.Web.Tests.PageTests.Members;
using Roundtable.Web.Tests.PageTests.People;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.Fuzz;

// Who knocks: AccessFixture's visitors, a room guest and the holder of each API token.
public enum Knocker
{
    Anonymous,
    NonMember,
    Member,
    LivedExpert,
    Facilitator,
    CoLead,
    Admin,
    Guest,
}

// How one visitor is known to the app: the cookies their browser holds and the form token those
// cookies go with, and for those who have one, their API token.
public sealed record Credentials(string Cookies, string? FormToken, string? ApiToken);

// AccessFixture's places with something behind every kind of address: sessions past, today and
// to come, a preparation meeting, open rooms with their join and projector links, a photo said in
// one, a calendar feed, an invitation and a sub-group; and the real values a route may be given.
// Everything the app logs as an error is kept, so the fuzz can fail on a stack trace.
public sealed class FuzzFixture : AccessFixture
{
    private readonly Dictionary<Knocker, Credentials> credentials = [];
    private List<Membership> memberships = [];
    private List<SignedInSession> signedIn = [];

    public ErrorLog Errors { get; } = new();

    public IReadOnlyDictionary<Knocker, Credentials> Credentials => credentials;

    // Real values for each route parameter, by its name.
    public Dictionary<string, List<string>> RouteValues { get; } = new(StringComparer.OrdinalIgnoreCase);

    // Real values for fields and query parameters that name a thing (an id, a person, a group).
    public List<string> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var today = Today;
        var past = await this.CreateSessionAsync(Listed, today.AddDays(-14), topic: "What went well");
        var now = await this.CreateSessionAsync(Listed, today, topic: "Today's session");
        var next = await this.CreateSessionAsync(Listed, today.AddDays(21), capacity: 2);
        var preparation = await this.CreateSessionAsync(Listed, today.AddDays(7), SessionKind.PreparationMeeting, topic: "Shaping the agenda");
        var hidden = await this.CreateSessionAsync(Hidden, today);
        var hiddenPreparation = await this.CreateSessionAsync(Hidden, today.AddDays(7), SessionKind.PreparationMeeting);

        string joinToken = "", projectorToken = "";
        var photo = Guid.NewGuid();
        using (var scope = Services.CreateScope())
        {
            var rooms = scope.ServiceProvider.GetRequiredService<LiveRooms>();
            var links = scope.ServiceProvider.GetRequiredService<RoomLinks>();
            foreach (var session in new[] { now, preparation, hidden, hiddenPreparation })
            {
                var room = await rooms.GetOrCreateAsync(session.Id);
                await rooms.OpenAsync(room.Id);
                if (session == now)
                {
                    joinToken = (await links.NewJoinLinkAsync(room.Id))!;
                    projectorToken = (await links.NewProjectorLinkAsync(room.Id))!;
                    var png = TestPhotos.Png;
                    await scope.ServiceProvider.GetRequiredService<Contributions>().AddAsync(
                        room.Id, Participant.Member(PersonFor(Visitor.Member).Id), new NewContribution(photo, null, "Our flipchart", Photo: new NewPhoto(png, "Our flipchart")));
                }
            }
        }

        var calendarToken = await this.MakeCalendarLinkAsync(PersonFor(Visitor.Member));
        var invitationToken = await this.InviteAsync(Listed, PersonFor(Visitor.CoLead), MembersTestData.UniqueEmail());
        var subGroup = await this.CreateSubGroupAsync(Listed, "Easy read group");
        var suggestion = await this.AddSuggestionAsync(Listed, PersonFor(Visitor.Member), "We listen first.");

        RouteValues["slug"] = [Listed.Slug, Listed.Slug, Listed.Slug, Listed.Slug, Hidden.Slug, "no-such-community"];
        RouteValues["number"] = [.. new[] { past, now, next, preparation }.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)), "0", "99"];
        RouteValues["group"] = ["1", "2", "0"];
        RouteValues["id"] = [subGroup.ToString(), OutboxMessageId.ToString(), photo.ToString(), ThemePlaces.ListedTheme.ToString(), ThemePlaces.LivedExpertTheme.ToString(), Guid.Empty.ToString()];
        RouteValues["contributionId"] = [photo.ToString(), ThemePlaces.LivedExpertWords.ToString(), Guid.Empty.ToString()];
        RouteValues["key"] = [CharterTemplate.OurValues, CharterTemplate.OurPurpose, CharterTemplate.WhatWeCommitTo, "no-such-section"];
        RouteValues["token"] = [joinToken, projectorToken, invitationToken, calendarToken];
        RouteValues["code"] = ["400", "404", "413", "500"];
        RouteValues["documentName"] = ["v1"];
        Ids.AddRange([subGroup.ToString(), suggestion.Id.ToString(), photo.ToString(), OutboxMessageId.ToString(), ThemePlaces.ListedTheme.ToString(), ThemePlaces.LivedExpertWords.ToString(), ..Enum.GetValues<Visitor>()
            .Where(v => v != Visitor.Anonymous).Select(v => PersonFor(v).Id.ToString())]);

        foreach (var visitor in Enum.GetValues<Visitor>())
        {
            credentials[(Knocker)visitor] = await SignInAsync(visitor == Visitor.Anonymous ? null : PersonFor(visitor), CreateTokenFor(visitor));
        }

        credentials[Knocker.Guest] = await GuestAsync(joinToken);
        memberships = await WithDbAsync(db => db.Memberships.AsNoTracking().Where(m => m.CommunityId == Listed.Id).ToListAsync());
        var visitors = Enum.GetValues<Visitor>().Where(v => v != Visitor.Anonymous).Select(v => PersonFor(v).Id).ToList();
        signedIn = await WithDbAsync(db => db.SignedInSessions.AsNoTracking().Where(s => visitors.Contains(s.PersonId)).ToListAsync());
    }

    // What the fuzz may have changed that decides who each visitor is: their places in the
    // listed community, who is a site admin, who may find each community, and their sign-ins
    // (signing out, here or everywhere, ends them on the server).
    public async Task RestoreAsync()
    {
        await WithDbAsync(async db =>
        {
            foreach (var m in memberships)
            {
                await db.Memberships.Where(x => x.Id == m.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(x => x.Role, m.Role)
                    .SetProperty(x => x.InLivedExpertGroup, m.InLivedExpertGroup)
                    .SetProperty(x => x.LeftAt, m.LeftAt));
            }

            var ids = signedIn.Select(s => s.Id).ToList();
            var kept = await db.SignedInSessions.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync();
            db.SignedInSessions.AddRange(signedIn.Where(s => !kept.Contains(s.Id)).Select(s => new SignedInSession
            {
                Id = s.Id, PersonId = s.PersonId, KeyHash = s.KeyHash, StaySignedIn = s.StaySignedIn, StartedAt = s.StartedAt, ExpiresAt = s.ExpiresAt,
            }));
            await db.SaveChangesAsync();

            await db.Communities.Where(c => c.Id == Listed.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Visibility, CommunityVisibility.Listed));
            return await db.Communities.Where(c => c.Id == Hidden.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.Visibility, CommunityVisibility.InvitationOnly));
        });
        await this.MakeSiteAdminAsync(PersonFor(Visitor.Admin));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        // The build's static files, the compressed copies included, as a published app has them in
        // wwwroot; the host finds them itself only in Development.
        builder.UseStaticWebAssets();
    }

    private string? CreateTokenFor(Visitor visitor)
    {
        if (visitor == Visitor.Anonymous)
        {
            return null;
        }

        var header = ApiClientAs(visitor).DefaultRequestHeaders.Authorization;
        return header?.Parameter;
    }

    // Signed in as a person does it (or not at all), then the form token a page gives them.
    private async Task<Credentials> SignInAsync(Person? person, string? apiToken)
    {
        var cookies = new CookieContainer();
        var browser = CreateBrowser(cookies);
        if (person is not null)
        {
            await this.SignInAsync(browser, person.Email!);
        }

        var token = await FormTokenAsync(browser);
        return new Credentials(cookies.GetCookieHeader(new Uri("http://localhost")), token, apiToken);
    }

    private async Task<Credentials> GuestAsync(string joinToken)
    {
        var cookies = new CookieContainer();
        var browser = CreateBrowser(cookies);
        using (var scope = Services.CreateScope())
        {
            var joined = await scope.ServiceProvider.GetRequiredService<RoomLinks>().JoinAsGuestAsync(joinToken, "Gita Guest");
            cookies.Add(new Uri("http://localhost"), new Cookie(RoomHub.GuestCookie, joined.GuestToken!));
        }

        var token = await FormTokenAsync(browser);
        return new Credentials(cookies.GetCookieHeader(new Uri("http://localhost")), token, null);
    }

    private static async Task<string?> FormTokenAsync(HttpClient browser)
    {
        var page = await browser.GetDocumentAsync("/sign-in");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }
}
