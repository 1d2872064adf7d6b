using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Formats;
using Roundtable.Tests.Shared;
using SkiaSharp;

namespace Roundtable.Core.Tests.Reports.Formats;

public class WordReportTests
{
    private const string Arabic = "نحن نستمع";

    private static readonly ReportDocument Briefing = new(
        ReportKind.StaffBriefing,
        "Second Community of Practice Session",
        "Staff briefing · 3 June 2026 · Brackenmouth Community of Practice",
        [
            new ReportFigure("43", "attended (holding from Session 1)", "The register for session 2: 43 marked present. Session 1: 41."),
            new ReportFigure("No register taken", "attended", "No register was taken for session 2.", Gap: true),
        ],
        [
            new ReportSection("What we did", [new ReportLine("Second session & first with breakouts <working> 🎉")]),
            new ReportSection("What we heard",
            [
                new ReportLine("Explicit, repeated calls.", ReportLineStyle.Bullet, Lead: "Intersectionality named as structural demand [new]"),
                new ReportLine($"Said in Arabic: {Arabic}", ReportLineStyle.Bullet),
            ]),
            new ReportSection("What happens next", [new ReportLine("Session 3 acknowledges what we heard", ReportLineStyle.NextStep)]),
            new ReportSection("Photos", [new ReportLine("The flipchart from the carers' breakout", PhotoId: Guid.NewGuid())]),
        ]);

    private static WordprocessingDocument Reopened(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static List<string> Errors(WordprocessingDocument word) =>
        new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    private static List<Paragraph> Paragraphs(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void Write_EveryLineStyle_IsAValidDocument()
    {
        using var word = Reopened(WordReport.Write(Briefing));

        Assert.Empty(Errors(word));
    }

    [Fact]
    public void Write_TitleAndSections_AreBuiltInTitleSubtitleAndHeadingStyles()
    {
        using var word = Reopened(WordReport.Write(Briefing));

        var paragraphs = Paragraphs(word);
        Assert.Equal(("Title", "Second Community of Practice Session"), (StyleOf(paragraphs[0]), paragraphs[0].InnerText));
        Assert.Equal(("Subtitle", Briefing.TitleLine), (StyleOf(paragraphs[1]), paragraphs[1].InnerText));
        Assert.Equal(
            ["Headline figures", "What we did", "What we heard", "What happens next", "Photos"],
            paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
        Assert.Equal("heading 2", styles["Heading2"]);
        Assert.Equal("Title", styles["Title"]);
        Assert.Equal(("Second Community of Practice Session", "en-GB"), (word.PackageProperties.Title, word.PackageProperties.Language));
    }

    [Fact]
    public void Write_Figures_AreATableWithAHeaderRowAndGapsInWords()
    {
        using var word = Reopened(WordReport.Write(Briefing));

        var rows = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Figure", "What it is", "Where it came from"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(
            ["43", "attended (holding from Session 1)", "The register for session 2: 43 marked present. Session 1: 41."],
            rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal("Not known (No register taken)", rows[2].Elements<TableCell>().First().InnerText);
    }

    [Fact]
    public void Write_BulletsAndNextSteps_AreWordListItemsWithTheLeadInBold()
    {
        using var word = Reopened(WordReport.Write(Briefing));

        var items = Paragraphs(word).Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(3, items.Count);
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var bulletsOf = numbering.Elements<AbstractNum>().ToDictionary(
            a => a.AbstractNumberId!.Value,
            a => a.Elements<Level>().Single().NumberingFormat!.Val!.Value);
        Assert.All(numbering.Elements<NumberingInstance>(), n => Assert.Equal(NumberFormatValues.Bullet, bulletsOf[n.AbstractNumId!.Val!.Value]));
        var bullet = items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var nextStep = items[2].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.Equal(bullet, items[1].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        Assert.NotEqual(bullet, nextStep);
        Assert.Equal("Session 3 acknowledges what we heard", items[2].InnerText);

        var lead = items[0].Elements<Run>().First();
        Assert.Equal("Intersectionality named as structural demand [new]", lead.InnerText);
        Assert.NotNull(lead.RunProperties?.Bold);
        Assert.Equal("Intersectionality named as structural demand [new]Explicit, repeated calls.", items[0].InnerText);
    }

    [Fact]
    public void Write_SpecialCharactersAndPhotoDescriptions_SurviveAsText()
    {
        using var word = Reopened(WordReport.Write(Briefing));

        var texts = Paragraphs(word).Select(p => p.InnerText).ToList();
        Assert.Contains("Second session & first with breakouts <working> 🎉", texts);
        Assert.Contains($"Said in Arabic: {Arabic}", texts);
        Assert.Contains("Photo: The flipchart from the carers' breakout", texts);
    }

    [Fact]
    public void Write_PhotosWordCanShow_AreInTheDocumentWithTheirDescriptionAsAlternativeText()
    {
        var (png, webp) = (Guid.NewGuid(), Guid.NewGuid());
        var page = Briefing with
        {
            Sections = [new ReportSection("Photos", [new ReportLine("Hopes drawn as a tree", PhotoId: png), new ReportLine("The quiet room's sign", PhotoId: webp)])],
        };
        var photos = new Dictionary<Guid, ContributionPhoto>
        {
            [png] = new() { ContributionId = png, Bytes = TestPhotos.Make(SKEncodedImageFormat.Png, 40, 30), ContentType = "image/png", Description = "Hopes drawn as a tree" },
            [webp] = new() { ContributionId = webp, Bytes = TestPhotos.Make(SKEncodedImageFormat.Webp, 40, 30), ContentType = "image/webp", Description = "The quiet room's sign" },
        };

        using var word = Reopened(WordReport.Write(page, photos));

        Assert.Empty(Errors(word));
        var image = Assert.Single(word.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        var picture = Assert.Single(word.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>());
        Assert.Equal("Hopes drawn as a tree", picture.DocProperties!.Description!.Value);
        Assert.Equal((40 * 9525L, 30 * 9525L), (picture.Extent!.Cx!.Value, picture.Extent.Cy!.Value));
        var texts = Paragraphs(word).Select(p => p.InnerText).ToList();
        Assert.Contains("Hopes drawn as a tree", texts);
        Assert.Contains("Photo: The quiet room's sign", texts);
    }

    [Fact]
    public void Write_APhotoWiderThanThePage_IsScaledToItsWidth()
    {
        var id = Guid.NewGuid();
        var page = Briefing with { Sections = [new ReportSection("Photos", [new ReportLine("A long flipchart", PhotoId: id)])] };
        var photo = new ContributionPhoto { ContributionId = id, Bytes = TestPhotos.Make(SKEncodedImageFormat.Jpeg, 2000, 500), ContentType = "image/jpeg", Description = "A long flipchart" };

        using var word = Reopened(WordReport.Write(page, new Dictionary<Guid, ContributionPhoto> { [id] = photo }));

        var extent = Assert.Single(word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>()).Extent!;
        Assert.Equal((11906L - 2268) * 635, extent.Cx!.Value, tolerance: 1);
        Assert.Equal(extent.Cx.Value / 4.0, extent.Cy!.Value, tolerance: 1);
        Assert.Empty(Errors(word));
    }

    [Fact]
    public void Write_ControlCharactersInTheTitle_AreStrippedAndTheDocumentStaysValid()
    {
        var report = Briefing with { Title = "Session\u0001 two\u000B\uFFFE \uD800summary", TitleLine = "Line one\nline two\tafter a tab" };

        using var word = Reopened(WordReport.Write(report));

        Assert.Empty(Errors(word));
        var paragraphs = Paragraphs(word);
        Assert.Equal("Session two summary", paragraphs[0].InnerText);
        Assert.Equal("Session two summary", word.PackageProperties.Title);
        Assert.Single(paragraphs[1].Descendants<Break>());
        Assert.Single(paragraphs[1].Descendants<TabChar>());
    }

    [Fact]
    public void Write_ToAStream_WritesTheSameDocument()
    {
        using var destination = new MemoryStream();

        WordReport.Write(Briefing, destination);

        using var word = Reopened(destination.ToArray());
        Assert.Equal("Second Community of Practice Session", Paragraphs(word)[0].InnerText);
    }
}
