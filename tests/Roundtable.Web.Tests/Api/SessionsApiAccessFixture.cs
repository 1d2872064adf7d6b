using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;

namespace Roundtable.Web.Tests.Api;

// AccessFixture's places, with a series in each community: sessions 1 (today) and 2, and a
// preparation meeting between them. The listed community has another preparation meeting, whose
// number no session has.
public sealed class SessionsApiAccessFixture : AccessFixture
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public Guid ListedSeries { get; private set; }

    public Guid HiddenSeries { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ListedSeries = await this.PlanSeriesAsync(Listed, PersonFor(Visitor.CoLead), [Today, new DateOnly(2027, 2, 12)]);
        HiddenSeries = await this.PlanSeriesAsync(Hidden, PersonFor(Visitor.Admin), [Today, new DateOnly(2027, 2, 12)]);
        // Numbered far beyond the meetings the tables' rows make, so no session ever shares its number.
        await WithDbAsync(async db =>
        {
            var session = await this.CreateSessionAsync(Listed, new DateOnly(2027, 3, 5), SessionKind.PreparationMeeting, topic: "Secret agenda shaping");
            return await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Number, PreparationOnly));
        });
    }

    // A preparation meeting's number that no session has.
    public const int PreparationOnly = 900;

    public string Resolve(string path) => path
        .Replace("{listed}", Listed.Slug, StringComparison.Ordinal)
        .Replace("{hidden}", Hidden.Slug, StringComparison.Ordinal)
        .Replace("{listedSeries}", ListedSeries.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenSeries}", HiddenSeries.ToString(), StringComparison.Ordinal)
        .Replace("{only}", PreparationOnly.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

public static class SeriesTestData
{
    // A series on the given dates, 14:00 to 16:00, with preparation meetings from 14:00 to 15:00
    // in the months between, as the plan page would make it.
    public static async Task<Guid> PlanSeriesAsync(this RoundtableApp app, Community community, Person by, IReadOnlyList<DateOnly> dates)
    {
        var times = new MeetingTimes(new TimeOnly(14, 0), new TimeOnly(16, 0));
        var preparation = new MeetingTimes(new TimeOnly(14, 0), new TimeOnly(15, 0));
        var plan = Rhythm.ExplicitDates(dates, times, preparation, UkTimeZone.Today(app.Clock));
        var request = new SeriesRequest("Test series", RhythmKind.ExplicitDates, null, null, null, times, preparation, SessionFormat.Online);
        Guid id = default;
        await app.WithScopeAsync(async services =>
            id = (await services.GetRequiredService<SeriesPlanner>().CreateAsync(community.Id, Guid.NewGuid(), request, plan, by.Id)).SeriesId);
        return id;
    }
}
