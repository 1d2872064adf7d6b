using Microsoft.EntityFrameworkCore;
using Roundtable.Core.People;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Sharing;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Reports;

// The check before a report is shared: names its people did not consent to, and email addresses.
public class SharingCheckTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private static ReportDocument Document(params string[] lines) =>
        new(ReportKind.StaffBriefing, "A briefing", "Staff briefing", [new ReportFigure("3", "attended", "The register")],
            [new ReportSection("What we heard", lines.Select(l => new ReportLine(l)).ToList())]);

    private Task<IReadOnlyList<SharingConcern>> CheckAsync(Guid communityId, ReportDocument document) =>
        app.UseAsync<SharingCheck, IReadOnlyList<SharingConcern>>(c => c.CheckAsync(communityId, document));

    [Fact]
    public async Task Check_ListsNamesWithoutConsentAndEmails_AndCatchesConsentWithdrawnSinceDrafting()
    {
        var community = await app.CreateCommunityAsync();
        var named = (await app.MembersAsync(community, 1, "Vera Named", naming: Naming.FullName, quote: QuoteConsent.ByName))[0];
        await app.MembersAsync(community, 1, "Otto Private", naming: Naming.FullName);
        await app.MembersAsync(community, 1, "Fern Firstname", naming: Naming.FirstName, quote: QuoteConsent.ByName);
        var document = Document("Co-led by Vera Named.", "Otto Private said it first; Otto agreed.", "Fern and Fern Firstname spoke.", "Write to someone@example.org");

        var concerns = await CheckAsync(community.Id, document);

        Assert.Equal(
            [
                (ConcernKind.MemberName, "Otto Private", "What we heard, line 2"), (ConcernKind.MemberName, "Otto", "What we heard, line 2"),
                (ConcernKind.MemberName, "Fern Firstname", "What we heard, line 3"), (ConcernKind.EmailAddress, "someone@example.org", "What we heard, line 4"),
            ],
            concerns.Select(c => (c.Kind, c.Found, c.Where)));

        await app.WithDbAsync(db => db.Memberships.Where(m => m.PersonId == named.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.QuoteConsent, QuoteConsent.ByRole)));

        var afterWithdrawal = await CheckAsync(community.Id, document);

        Assert.Contains(afterWithdrawal, c => c is { Found: "Vera Named", Where: "What we heard, line 1" });
        Assert.Empty(await CheckAsync(community.Id, Document("Co-led by a peer support worker.")));
    }
}
