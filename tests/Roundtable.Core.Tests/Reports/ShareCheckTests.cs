using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Sharing;

namespace Roundtable.Core.Tests.Reports;

// The "safe to share" check on words whose names are known: whole names and surely-a-name parts
// in any case, email addresses, and never a word that only looks like part of a name.
public sealed class ShareCheckTests
{
    private static ReportDocument Saying(params string[] texts) => new(
        ReportKind.StaffBriefing, "Second session", "Staff briefing · 3 June",
        [new ReportFigure("43", "attended", "The register")],
        [new ReportSection("What we heard", texts.Select(t => new ReportLine(t, ReportLineStyle.Bullet)).ToList())]);

    [Fact]
    public void Find_FullNameFirstNameAndEmail_EachFoundWhereItIs()
    {
        var document = Saying("Co-led by ruth germaine.", "Ask Chloe.", "Write to chloe.f@example.org");
        var names = new[] { new KnownName("Ruth Germaine", true, true), new KnownName("Chloe Farahar", true, true) };

        var findings = ShareCheck.Find(document, names, []);

        Assert.Equal(
            [
                (FindingKind.Name, "ruth germaine", "line-0-0", "Ruth Germaine"),
                (FindingKind.Name, "Chloe", "line-0-1", "Chloe Farahar"),
                (FindingKind.EmailAddress, "chloe.f@example.org", "line-0-2", (string?)null),
            ],
            findings.Select(f => (f.Kind, f.Found, f.Where.Key, f.Person)));
        Assert.All(findings, f => Assert.True(f.Blocks));
    }

    [Fact]
    public void Find_EverydayWordsShortPartsAndPartsOfOtherWords_NotFound()
    {
        var document = Saying("A request for a black/brown ambassador role.", "We will mark this in May.", "Jo said Alison's ideas matter.", "Bramble hedges.");
        var names = new[] { new KnownName("Mark Black", true, false), new KnownName("May Will", true, false), new KnownName("Jo Li", true, false), new KnownName("Ali Bram", true, false) };

        Assert.Empty(ShareCheck.Find(document, names, []));
    }

    [Fact]
    public void Find_ConfirmedNotAbout_ResolvesOnlyWhereTheyMayBeNamedOrAreNotMembers()
    {
        var document = Saying("Thanks to Priya.", "Thanks to Dev.", "Thanks to Tomasz.");
        var names = new[] { new KnownName("Priya Shah", true, true), new KnownName("Dev Patel", true, false), new KnownName("Tomasz Nowak", false, false) };

        var findings = ShareCheck.Find(document, names, ["PRIYA", "dev", "tomasz"]);

        Assert.Equal([false, true, false], findings.Select(f => f.Blocks));
        Assert.Contains("has not consented", findings[1].Message, StringComparison.Ordinal);
    }
}
