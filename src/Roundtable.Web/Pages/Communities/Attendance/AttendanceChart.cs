using System.Globalization;
using Roundtable.Core.Attendance;

namespace Roundtable.Web.Pages.Communities.Attendance;

// A bar chart of attendance at each session, drawn as SVG with presentation attributes only (the
// pages' security policy allows no inline style). Everything it shows is also in the table
// beside it, and its label says it in words for screen readers.
public sealed class AttendanceChart(IReadOnlyList<SessionFigures> sessions)
{
    public const int Width = 640;
    public const int Height = 300;
    public const int Left = 48;
    public const int Right = 16;
    public const int Top = 24;
    public const int Bottom = 56;

    public sealed record Bar(int Number, int Attended, double X, double Y, double BarWidth, double BarHeight)
    {
        public double Middle => X + BarWidth / 2;
    }

    public IReadOnlyList<SessionFigures> Sessions => sessions;

    public int Max => Math.Max(1, NiceCeiling(sessions.Count == 0 ? 1 : sessions.Max(s => s.Attended)));

    public double Baseline => Height - Bottom;

    public IReadOnlyList<int> Ticks => Enumerable.Range(0, 5).Select(i => Max * i / 4).Distinct().ToList();

    public double YOf(int value) => Baseline - (Baseline - Top) * value / Max;

    public IReadOnlyList<Bar> Bars
    {
        get
        {
            var slot = (double)(Width - Left - Right) / Math.Max(1, sessions.Count);
            var barWidth = Math.Min(64, slot * 0.6);
            return sessions.Select((s, i) => new Bar(
                s.Number, s.Attended, Left + slot * i + (slot - barWidth) / 2, YOf(s.Attended), barWidth, Baseline - YOf(s.Attended))).ToList();
        }
    }

    public string Summary => sessions.Count == 0
        ? "No attendance recorded yet."
        : "Bar chart of how many people came to each session. " +
          string.Join(" ", sessions.Select(s => $"Session {s.Number}: {s.Attended}.")) +
          " The table below gives the same figures, with new and returning members and retention.";

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // 7 → 8, 43 → 50, 120 → 150: an axis top that gives round ticks.
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
