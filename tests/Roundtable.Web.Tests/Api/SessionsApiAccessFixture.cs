using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.Api;

// AccessFixture's places, with a series in each community: sessions 1 (today) and 2, and a
// preparation meeting between them. The listed community has another preparation meeting, whose
// number no session has.
public sealed class SessionsApiAccessFixture : AccessFixture
{
    public Guid ListedSeries { get; private set; }

    public Guid HiddenSeries { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedSeries = await this.PlanSeriesAsync(Listed, PersonFor(Visitor.CoLead), [Today, Today.AddDays(83)]);
        HiddenSeries = await this.PlanSeriesAsync(Hidden, PersonFor(Visitor.Admin), [Today, Today.AddDays(83)]);
        // Numbered far beyond the meetings the tables' rows make, so no session ever shares its number.
        await WithDbAsync(async db =>
        {
            var session = await this.CreateSessionAsync(Listed, Today.AddDays(104), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
            return await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Number, PreparationOnly));
        });
        ListedPhoto = await RoomWithAPhotoAsync(Listed, SessionKind.Session, 1, PersonFor(Visitor.Member), "Our flipchart");
        HiddenPhoto = await RoomWithAPhotoAsync(Hidden, SessionKind.Session, 1, PersonFor(Visitor.Admin), "Their flipchart");
        // Its words are the meeting's secret topic, which no refusal may give away.
        PreparationPhoto = await RoomWithAPhotoAsync(Listed, SessionKind.PreparationMeeting, PreparationOnly, PersonFor(Visitor.LivedExpert), "Secret agenda shaping");
    }

    // A photo shared in the open room of each community's session 1, and of the preparation meeting numbered PreparationOnly.
    public Guid ListedPhoto { get; private set; }

    public Guid HiddenPhoto { get; private set; }

    public Guid PreparationPhoto { get; private set; }

    private async Task<Guid> RoomWithAPhotoAsync(Community community, SessionKind kind, int number, Person by, string description)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.RoundtableDb>();
        var session = await db.Sessions.SingleAsync(s => s.CommunityId == community.Id && s.Kind == kind && s.Number == number);
        var rooms = scope.ServiceProvider.GetRequiredService<LiveRooms>();
        var room = await rooms.GetOrCreateAsync(session.Id);
        await rooms.OpenAsync(room.Id);
        var id = Guid.NewGuid();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var added = await scope.ServiceProvider.GetRequiredService<Contributions>().AddAsync(
            room.Id, Participant.Member(by.Id), new NewContribution(id, null, description, Photo: new NewPhoto(png, description)));
        return added.Outcome == ContributionOutcome.Added ? id : throw new InvalidOperationException($"The photo was not added: {added.Outcome}");
    }

    // A preparation meeting's number that no session has.
    public const int PreparationOnly = 900;

    public string Resolve(string path) => path
        .Replace("{listed}", Listed.Slug, StringComparison.Ordinal)
        .Replace("{hidden}", Hidden.Slug, StringComparison.Ordinal)
        .Replace("{listedSeries}", ListedSeries.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenSeries}", HiddenSeries.ToString(), StringComparison.Ordinal)
        .Replace("{listedPhoto}", ListedPhoto.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenPhoto}", HiddenPhoto.ToString(), StringComparison.Ordinal)
        .Replace("{preparationPhoto}", PreparationPhoto.ToString(), StringComparison.Ordinal)
        .Replace("{only}", PreparationOnly.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

public static class SeriesTestData
{
    // A series on the given dates, 14:00 to 16:00, with preparation meetings from 14:00 to 15:00
    // in the months between, as the plan page would make it.
    public static async Task<Guid> PlanSeriesAsync(this RoundtableApp app, Community community, Person by, IReadOnlyList<DateOnly> dates)
    {
        var plan = new SeriesPlan(
            Guid.NewGuid(), "Test series", RhythmKind.ExplicitDates, null, null, null, null, null, null,
            string.Join('\n', dates.Select(d => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))),
            "14:00", "16:00", SessionFormat.Online, WithPreparationMeetings: true, "14:00", "15:00");
        SeriesPlanner.Result planned = null!;
        await app.WithScopeAsync(async services => planned = await services.GetRequiredService<SeriesPlanner>().PlanAsync(community.Id, plan, by.Id));
        Assert.True(planned.Outcome == SeriesPlanner.Outcome.Planned, string.Join("; ", planned.Problems.Select(p => p.Message)));
        var id = planned.SeriesId;
        return id;
    }
}
