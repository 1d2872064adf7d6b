namespace Roundtable.Core.SystemMap;

// Where each entry and connection is drawn on the visual map: the entries round a circle, in order
// of name from the top, clockwise, so the same map is always drawn the same way. Labels sit outside
// the circle, on the side their entry is on; a long name is shortened in the drawing only (the list
// beside it, and each entry's own title in the drawing, say it whole).
public sealed record MapDiagram(int Width, int Height, IReadOnlyList<MapDiagram.Node> Nodes, IReadOnlyList<MapDiagram.Edge> Edges)
{
    public const int NodeRadius = 14;
    public const int LabelMaxLength = 24;

    private const int CentreX = 450;
    private const int CentreY = 320;
    private const int CircleRadius = 220;
    private const int LabelGap = 10;

    public enum Anchor
    {
        Start,
        Middle,
        End,
    }

    public sealed record Node(MapEntrySummary Entry, double X, double Y, string Label, double LabelX, double LabelY, Anchor LabelAnchor);

    // From the edge of one entry's mark to the edge of the other's, so an arrowhead shows.
    public sealed record Edge(MapConnection Connection, double X1, double Y1, double X2, double Y2);

    public static MapDiagram Layout(IReadOnlyList<MapEntrySummary> entries, IReadOnlyList<MapConnection> connections)
    {
        var ordered = entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id).ToList();
        var nodes = ordered.Select((entry, i) => Place(entry, i, ordered.Count)).ToList();
        var at = nodes.ToDictionary(n => n.Entry.Id);
        var edges = connections
            .Where(c => at.ContainsKey(c.From.Id) && at.ContainsKey(c.To.Id))
            .Select(c => Between(c, at[c.From.Id], at[c.To.Id]))
            .ToList();
        return new MapDiagram(CentreX * 2, CentreY * 2, nodes, edges);
    }

    public static string Shortened(string name) => name.Length <= LabelMaxLength ? name : name[..(LabelMaxLength - 1)].TrimEnd() + "…";

    private static Node Place(MapEntrySummary entry, int index, int count)
    {
        if (count == 1)
        {
            return new Node(entry, CentreX, CentreY, Shortened(entry.Name), CentreX, CentreY + NodeRadius + LabelGap + 10, Anchor.Middle);
        }

        // From twelve o'clock, clockwise.
        var angle = (2 * Math.PI * index / count) - (Math.PI / 2);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var x = Round(CentreX + (CircleRadius * cos));
        var y = Round(CentreY + (CircleRadius * sin));
        var anchor = Math.Abs(cos) < 0.2 ? Anchor.Middle : cos > 0 ? Anchor.Start : Anchor.End;
        var outward = NodeRadius + LabelGap;
        var labelX = Round(x + (outward * cos));
        // Below or above the mark when it is at the bottom or top; level with it at the sides. 5 lowers
        // the text's baseline to the middle of its letters.
        var labelY = Round(anchor == Anchor.Middle ? y + (sin > 0 ? outward + 10 : -outward) : y + 5);
        return new Node(entry, x, y, Shortened(entry.Name), labelX, labelY, anchor);
    }

    private static Edge Between(MapConnection connection, Node from, Node to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length <= 2 * NodeRadius)
        {
            return new Edge(connection, from.X, from.Y, to.X, to.Y);
        }

        // The arrowhead needs a few more units clear of the mark it points at.
        var (ux, uy) = (dx / length, dy / length);
        return new Edge(
            connection,
            Round(from.X + (ux * NodeRadius)), Round(from.Y + (uy * NodeRadius)),
            Round(to.X - (ux * (NodeRadius + 4))), Round(to.Y - (uy * (NodeRadius + 4))));
    }

    private static double Round(double value) => Math.Round(value, 1);
}
