namespace Roundtable.EndToEndTests.Infrastructure;

// Whether a page fits the narrowest phone we design for (WCAG 1.4.10 Reflow: 320 CSS pixels)
// without scrolling sideways. The viewport is narrowed in place, so the page keeps whatever state
// a test brought it to, and the layout is measured once the browser has laid it out again.
public static class PhoneWidth
{
    public const int Narrowest = 320;

    // Reads the document's width against the viewport's, and names the innermost elements that
    // stick out past the right edge, so a failure says what to fix. Elements inside something that
    // scrolls or clips on its own (a scrolling table wrapper) do not widen the page and are left out.
    private const string Measure = """
        () => {
          const viewport = document.documentElement.clientWidth;
          const width = document.documentElement.scrollWidth;
          if (width <= viewport) return [];
          const clipped = el => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).overflowX !== 'visible') return true;
            }
            return false;
          };
          const sticksOut = el => el.getBoundingClientRect().right > viewport + 0.5 && !clipped(el);
          const culprits = [...document.body.querySelectorAll('*')]
            .filter(el => sticksOut(el) && ![...el.children].some(sticksOut))
            .slice(0, 8)
            .map(el => {
              const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                (el.classList.length ? '.' + [...el.classList].join('.') : '');
              const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
              return `${name} reaches ${Math.round(el.getBoundingClientRect().right)}px: "${text}"`;
            });
          return [`${width}px wide in a ${viewport}px viewport`, ...culprits];
        }
        """;

    public static async Task AssertFitsAsync(IPage page, int width = Narrowest)
    {
        var before = page.ViewportSize;
        await page.SetViewportSizeAsync(width, before?.Height ?? 720);
        try
        {
            var problems = await page.EvaluateAsync<string[]>(Measure);
            Assert.True(
                problems.Length == 0,
                $"{page.Url} scrolls sideways:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
        finally
        {
            if (before is not null)
            {
                await page.SetViewportSizeAsync(before.Width, before.Height);
            }
        }
    }
}
