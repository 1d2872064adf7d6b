using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Roundtable.Core.Reports.Formats;

// A report as a Word document (.docx) for people who edit or forward reports in Word. Its structure
// is real rather than styled to look right: the title, headings and list paragraphs use Word's
// built-in styles (so the navigation pane, a table of contents and screen readers find them), the
// headline figures are a table whose first row repeats as its header, and bullets are Word lists.
// A photo line is the photo (JPEG, PNG or GIF, as wide as the page at most) with its description as
// the picture's alternative text and as the line below it; a photo Word may not show (WebP), or one
// no longer there, is its description alone.
public static class WordReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Language = "en-GB";

    private const int BulletList = 1;
    private const int NextStepList = 2;

    // Photos' largest size on the page, in EMUs (914,400 to the inch): the width between A4's
    // margins, and two thirds of its height. At most its own size at 96 dots to the inch.
    private const long MaxPhotoWidth = (11906L - (2 * 1134)) * 635;
    private const long MaxPhotoHeight = 6_000_000;
    private const long EmuPerPixel = 9525;

    public static byte[] Write(ReportDocument document, IReadOnlyDictionary<Guid, ContributionPhoto>? photos = null)
    {
        using var bytes = new MemoryStream();
        WriteTo(bytes, document, photos ?? new Dictionary<Guid, ContributionPhoto>());
        return bytes.ToArray();
    }

    // The package is built in memory because it needs a stream it can seek and read back (a
    // response body cannot), then copied.
    public static void Write(ReportDocument document, Stream destination, IReadOnlyDictionary<Guid, ContributionPhoto>? photos = null)
    {
        using var bytes = new MemoryStream();
        WriteTo(bytes, document, photos ?? new Dictionary<Guid, ContributionPhoto>());
        bytes.Position = 0;
        bytes.CopyTo(destination);
    }

    private static void WriteTo(Stream stream, ReportDocument report, IReadOnlyDictionary<Guid, ContributionPhoto> photos)
    {
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = Clean(report.Title);
            word.PackageProperties.Subject = Clean(report.TitleLine);
            word.PackageProperties.Language = Language;
            word.PackageProperties.Creator = "Roundtable";

            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();

            var body = new Body();
            var pictures = 0U;
            body.Append(Styled("Title", report.Title));
            if (!string.IsNullOrWhiteSpace(report.TitleLine))
            {
                body.Append(Styled("Subtitle", report.TitleLine));
            }

            if (report.Figures.Count > 0)
            {
                body.Append(Styled("Heading1", "Headline figures"));
                body.Append(FiguresTable(report.Figures));
            }

            foreach (var section in report.Sections)
            {
                body.Append(Styled("Heading1", section.Heading));
                foreach (var line in section.Lines)
                {
                    var shown = line.PhotoId is { } id && photos.TryGetValue(id, out var photo) ? Picture(main, photo, line.Text, ++pictures) : null;
                    if (shown is not null)
                    {
                        body.Append(shown);
                    }

                    body.Append(Line(line, pictured: shown is not null));
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4, in twentieths of a point
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
        }
    }

    private static Paragraph Line(ReportLine line, bool pictured)
    {
        var paragraph = new Paragraph();
        var properties = new ParagraphProperties();
        var list = line.Style switch
        {
            ReportLineStyle.Bullet => BulletList,
            ReportLineStyle.NextStep => NextStepList,
            _ => 0,
        };
        if (list != 0)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = "ListParagraph" };
            properties.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = 0 },
                new NumberingId { Val = list });
            paragraph.Append(properties);
        }

        if (line.PhotoId is not null && !pictured)
        {
            paragraph.Append(TextRun("Photo: ", new RunProperties { Italic = new Italic() }));
        }

        if (!string.IsNullOrWhiteSpace(line.Lead))
        {
            paragraph.Append(TextRun(line.Lead, new RunProperties { Bold = new Bold() }));
            if (!string.IsNullOrWhiteSpace(line.Text))
            {
                // The lead stands on its own line, as in the briefing: "Intersectionality named as
                // structural demand" above what was said about it.
                paragraph.Append(new Run(new Break()));
            }
        }

        paragraph.Append(TextRun(line.Text));
        return paragraph;
    }

    // The photo in a paragraph of its own, inline, its description as the alternative text; null
    // for a photo Word may not show.
    private static Paragraph? Picture(MainDocumentPart main, ContributionPhoto photo, string? description, uint number)
    {
        var type = photo.ContentType switch
        {
            "image/jpeg" => ImagePartType.Jpeg,
            "image/png" => ImagePartType.Png,
            "image/gif" => ImagePartType.Gif,
            _ => (PartTypeInfo?)null,
        };
        if (type is not { } partType || PhotoCleaning.SizeOf(photo.Bytes) is not var (width, height))
        {
            return null;
        }

        var image = main.AddImagePart(partType);
        using (var bytes = new MemoryStream(photo.Bytes, writable: false))
        {
            image.FeedData(bytes);
        }

        var scale = Math.Min(1.0, Math.Min(MaxPhotoWidth / (double)(width * EmuPerPixel), MaxPhotoHeight / (double)(height * EmuPerPixel)));
        var (cx, cy) = ((long)(width * EmuPerPixel * scale), (long)(height * EmuPerPixel * scale));
        var name = $"Photo {number}";
        var alt = Clean(description ?? "");
        var graphic = new A.Graphic(new A.GraphicData(
            new Pictures.Picture(
                new Pictures.NonVisualPictureProperties(
                    new Pictures.NonVisualDrawingProperties { Id = 0U, Name = name, Description = alt },
                    new Pictures.NonVisualPictureDrawingProperties()),
                new Pictures.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Pictures.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = number, Name = name, Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static Table FiguresTable(IReadOnlyList<ReportFigure> figures)
    {
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4U;
            b.Color = "AEB7BD"; // NHS.UK grey-3
            return b;
        });
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()),
                    border(new RightBorder()), border(new InsideHorizontalBorder()), border(new InsideVerticalBorder()))),
            new TableGrid(new GridColumn { Width = "1800" }, new GridColumn { Width = "3400" }, new GridColumn { Width = "4438" }));

        // TableHeader: the row repeats on each page and is read as the column headers.
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var heading in (string[])["Figure", "What it is", "Where it came from"])
        {
            header.Append(Cell(TextRun(heading, new RunProperties { Bold = new Bold() })));
        }

        table.Append(header);
        foreach (var figure in figures)
        {
            table.Append(new TableRow(
                Cell(TextRun(FigureValue(figure), new RunProperties { Bold = new Bold() })),
                Cell(TextRun(figure.Label)),
                Cell(TextRun(figure.Source))));
        }

        return table;
    }

    // A gap is said in words so that nobody reads a missing register as a count.
    private static string FigureValue(ReportFigure figure) =>
        !figure.Gap ? figure.Value
        : string.IsNullOrWhiteSpace(figure.Value) ? "Not known"
        : $"Not known ({figure.Value})";

    private static TableCell Cell(Run run) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), new Paragraph(run));

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } }, TextRun(text));

    // One run; line breaks typed into the text become Word line breaks, tabs become tabs.
    private static Run TextRun(string? text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        var lines = Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (pieces[j].Length > 0)
                {
                    run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    // XML 1.0 cannot hold most control characters (a title pasted from elsewhere may carry one),
    // nor a lone half of a surrogate pair: they are dropped rather than making a document Word refuses.
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    FontSize = new FontSize { Val = "22" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
                    Languages = new Languages { Val = Language, Bidi = "ar-SA" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
                })));

        styles.Append(
            ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true),
            ParagraphStyle("Title", "Title", "Normal", sizeHalfPoints: 48, bold: true, spaceAfter: 120),
            ParagraphStyle("Subtitle", "Subtitle", "Normal", sizeHalfPoints: 24, spaceAfter: 240, color: "4C6272"),
            ParagraphStyle("Heading1", "heading 1", "Normal", sizeHalfPoints: 32, bold: true, spaceBefore: 360, outlineLevel: 0),
            ParagraphStyle("Heading2", "heading 2", "Normal", sizeHalfPoints: 26, bold: true, spaceBefore: 240, outlineLevel: 1),
            ParagraphStyle("ListParagraph", "List Paragraph", "Normal"));
        return styles;
    }

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault = false, int? sizeHalfPoints = null, bool bold = false,
        int? spaceBefore = null, int? spaceAfter = null, int? outlineLevel = null, string? color = null)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
        };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = "Normal" };
        }

        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is not null)
        {
            paragraph.KeepNext = new KeepNext();
        }

        if (spaceBefore is not null || spaceAfter is not null)
        {
            // An attribute set to null would be written empty, which the schema refuses.
            var spacing = new SpacingBetweenLines();
            if (spaceBefore is not null)
            {
                spacing.Before = spaceBefore.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spaceAfter is not null)
            {
                spacing.After = spaceAfter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.SpacingBetweenLines = spacing;
        }

        if (outlineLevel is not null)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = outlineLevel };
        }

        if (paragraph.HasChildren)
        {
            style.StyleParagraphProperties = paragraph;
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Bold = new Bold();
        }

        if (color is not null)
        {
            run.Color = new Color { Val = color };
        }

        if (sizeHalfPoints is not null)
        {
            var size = sizeHalfPoints.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.FontSize = new FontSize { Val = size };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        }

        if (run.HasChildren)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }

    private static Numbering Numbering() =>
        new(
            BulletDefinition(BulletList, "•"),
            // "▶ Session 3 acknowledges what we heard", as the briefing marks what happens next.
            BulletDefinition(NextStepList, "▶"),
            new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = NextStepList }) { NumberID = NextStepList });

    private static AbstractNum BulletDefinition(int id, string bullet) =>
        new(new Level
        {
            LevelIndex = 0,
            StartNumberingValue = new StartNumberingValue { Val = 1 },
            NumberingFormat = new NumberingFormat { Val = NumberFormatValues.Bullet },
            LevelText = new LevelText { Val = bullet },
            LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
            PreviousParagraphProperties = new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }),
        })
        {
            AbstractNumberId = id,
        };
}
