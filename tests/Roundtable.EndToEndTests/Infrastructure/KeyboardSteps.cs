namespace Roundtable.EndToEndTests.Infrastructure;

// Using a page with the keyboard alone, as someone who cannot use a mouse does.
public static class KeyboardSteps
{
    // Presses Tab until the element has focus, as a person would, and fails if it never does.
    public static async Task TabToAsync(IPage page, ILocator target, int patience = 30)
    {
        for (var presses = 0; presses < patience; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {target}.");
    }
}
