using Roundtable.Core.SystemMap;

namespace Roundtable.Core.Tests.SystemMap;

// Where the visual map draws things: round a circle in order of name, the same every time.
[Trait("Database", "None")]
public sealed class MapDiagramTests
{
    private static MapEntrySummary Entry(string name) => new(Guid.CreateVersion7(), name, MapEntryKind.Group, Sector.Other);

    [Fact]
    public void Layout_FourEntries_GoRoundTheCircleByNameFromTheTopClockwise()
    {
        var (a, b, c, d) = (Entry("Alder"), Entry("birch"), Entry("Cedar"), Entry("Damson"));

        var drawing = MapDiagram.Layout([d, b, c, a], []);

        Assert.Equal(["Alder", "birch", "Cedar", "Damson"], drawing.Nodes.Select(n => n.Entry.Name));
        Assert.Equal(
            [(450.0, 100.0), (670.0, 320.0), (450.0, 540.0), (230.0, 320.0)],
            drawing.Nodes.Select(n => (n.X, n.Y)));
        Assert.Equal(
            [MapDiagram.Anchor.Middle, MapDiagram.Anchor.Start, MapDiagram.Anchor.Middle, MapDiagram.Anchor.End],
            drawing.Nodes.Select(n => n.LabelAnchor));
    }

    [Fact]
    public void Layout_TheSameMapInAnotherOrder_IsDrawnTheSame()
    {
        var entries = new[] { Entry("Alder"), Entry("Birch"), Entry("Cedar") };
        var link = new MapConnection(Guid.CreateVersion7(), entries[0], entries[2], "Shares a room");

        var once = MapDiagram.Layout(entries, [link]);
        var again = MapDiagram.Layout(entries.Reverse().ToList(), [link]);

        Assert.Equal(once.Nodes, again.Nodes);
        Assert.Equal(once.Edges, again.Edges);
    }

    [Fact]
    public void Layout_AConnection_RunsFromTheEdgeOfOneMarkTowardsTheOther()
    {
        var (a, b) = (Entry("Alder"), Entry("Birch"));

        var edge = Assert.Single(MapDiagram.Layout([a, b], [new MapConnection(Guid.CreateVersion7(), a, b, "Refers people")]).Edges);

        // Alder at the top (450, 100), Birch at the bottom (450, 540): down, clear of both marks.
        Assert.Equal((450.0, 100.0 + MapDiagram.NodeRadius, 450.0, 540.0 - MapDiagram.NodeRadius - 4), (edge.X1, edge.Y1, edge.X2, edge.Y2));
    }

    [Fact]
    public void Layout_OneEntry_SitsInTheMiddle_AndALongNameIsShortenedInTheDrawingOnly()
    {
        var entry = Entry("The Brackenmouth and Lanes Peer Educator Network");

        var node = Assert.Single(MapDiagram.Layout([entry], []).Nodes);

        Assert.Equal((450.0, 320.0), (node.X, node.Y));
        Assert.Equal("The Brackenmouth and La…", node.Label);
        Assert.Equal(MapDiagram.LabelMaxLength, node.Label.Length);
        Assert.Equal("The Brackenmouth and Lanes Peer Educator Network", node.Entry.Name);
    }

    [Theory]
    [InlineData("Nhs", true)]
    [InlineData("voluntaryandcommunity", true)]
    [InlineData("3", false)]
    [InlineData("Hospital", false)]
    [InlineData("", false)]
    public void TryRead_TakesOnlyANameFromTheList(string text, bool read)
    {
        Assert.Equal(read, MapWords.TryRead<Sector>(text, out _));
    }
}
