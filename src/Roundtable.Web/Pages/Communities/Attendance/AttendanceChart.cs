using System.Globalization;
using Roundtable.Core.Attendance;

namespace Roundtable.Web.Pages.Communities.Attendance;

// Attendance at each session as bars, and retention (of the members at the first session, the
// share who came to each later one) as a line on a percentage scale, drawn as SVG with
// presentation attributes only (the pages' security policy allows no inline style). The drawing
// is narrow so that, scaled down to a 390 px phone, its 14-unit text is still about 12.5 px;
// everything it shows is also in the table beneath, and its label says it in words.
public sealed class AttendanceChart(IReadOnlyList<SessionFigures> sessions)
{
    public const int Width = 400;
    public const int Height = 270;
    public const int Left = 36;
    public const int Right = 48;
    public const int Top = 56;
    public const int Bottom = 44;
    public const int FontSize = 14;

    // Narrower than this, a bar has no room for its figure above it.
    private const double SlotForALabel = 24;

    public sealed record Bar(int Number, int Attended, double X, double Y, double BarWidth, double BarHeight, bool Labelled, bool NumberShown)
    {
        public double Middle => X + BarWidth / 2;
    }

    // One session's retention: the share held from the first session, at the bar's middle.
    public sealed record Point(int Number, Held Held, double X, double Y);

    public IReadOnlyList<SessionFigures> Sessions => sessions;

    public int Max => Math.Max(1, NiceCeiling(sessions.Count == 0 ? 1 : sessions.Max(s => s.Attended)));

    public double Baseline => Height - Bottom;

    public double PlotRight => Width - Right;

    public IReadOnlyList<int> Ticks => Enumerable.Range(0, 5).Select(i => Max * i / 4).Distinct().ToList();

    // The right-hand scale, in step with the left's four gridlines.
    public static IReadOnlyList<int> PercentTicks => [0, 25, 50, 75, 100];

    public int? FirstNumber => sessions.FirstOrDefault(s => s.HeldFromFirst is not null)?.HeldFromFirst?.FromSession;

    public double YOf(int value) => Baseline - (Baseline - Top) * value / Max;

    public double YOfPercent(int percent) => Baseline - (Baseline - Top) * percent / 100.0;

    private double Slot => (double)(PlotRight - Left) / Math.Max(1, sessions.Count);

    public IReadOnlyList<Bar> Bars
    {
        get
        {
            var slot = Slot;
            var barWidth = Math.Min(40, slot * 0.6);
            // Session numbers under every bar, or under every second (third…) when they would touch.
            var every = (int)Math.Ceiling(SlotForALabel / slot);
            return sessions.Select((s, i) => new Bar(
                s.Number, s.Attended, Left + slot * i + (slot - barWidth) / 2, YOf(s.Attended), barWidth, Baseline - YOf(s.Attended),
                Labelled: slot >= SlotForALabel, NumberShown: i % every == 0 || i == sessions.Count - 1)).ToList();
        }
    }

    public IReadOnlyList<Point> Retention =>
        Bars.Zip(sessions)
            .Where(pair => pair.Second.Recorded && pair.Second.HeldFromFirst is not null)
            .Select(pair => new Point(pair.First.Number, pair.Second.HeldFromFirst!, pair.First.Middle, YOfPercent(pair.Second.HeldFromFirst!.Percent)))
            .ToList();

    public string RetentionLine => string.Join(" ", Retention.Select(p => $"{N(p.X)},{N(p.Y)}"));

    public string Summary => sessions.Count == 0
        ? "No attendance recorded yet."
        : "Bar chart of how many people came to each session, with a line for the share of members held from the first session. " +
          string.Join(" ", sessions.Select(s => s.HeldFromFirst is { } held && s.Recorded
              ? $"Session {s.Number}: {s.Attended} came, {held.Percent}% held from session {held.FromSession}."
              : $"Session {s.Number}: {s.Attended} came.")) +
          " The table below gives the same figures, with new and returning members.";

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // 7 → 8, 43 → 60, 120 → 200: an axis top that gives round ticks.
    private static int NiceCeiling(int value)
    {
        foreach (var step in new[] { 4, 8, 12, 20, 40, 60, 80, 100, 120, 200, 400, 600, 800, 1000 })
        {
            if (value <= step)
            {
                return step;
            }
        }

        return (int)Math.Ceiling(value / 1000.0) * 1000;
    }
}
