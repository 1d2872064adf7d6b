using System.Text.RegularExpressions;

namespace Roundtable.EndToEndTests.Infrastructure;

// Signing in as a person does it: ask for a link, read the email in the outbox (open to this
// machine in Development), follow the link, press "Sign in". Each step can be audited by axe.
public static partial class SignInSteps
{
    public static async Task AskForLinkAsync(IPage page, string email, AxeAudit? audit = null)
    {
        await page.GotoAsync("/sign-in");
        await Check(audit, page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await page.WaitForURLAsync(CheckEmailUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 })).ToBeVisibleAsync();
        await Check(audit, page);
    }

    // "Check your email" points to the outbox when no mail server is set up.
    public static async Task OpenOutboxFromCheckEmailAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "outbox", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(OutboxUrl());
    }

    // From the outbox list to the newest email to this person, then to the link in it.
    public static async Task FollowNewestLinkInOutboxAsync(IPage page, string email, AxeAudit? audit = null)
    {
        await FollowNewestEmailLinkAsync(page, email, SignInLinkUrl(), audit, SignInSubject);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Roundtable", Level = 1 })).ToBeVisibleAsync();
        await Check(audit, page);
    }

    // Any email's link: a sign-in link, an invitation. subject, when given, passes over newer emails
    // of other kinds to the same person (a mailing to the email list may still be sending).
    public static async Task FollowNewestEmailLinkAsync(IPage page, string email, Regex linkUrl, AxeAudit? audit = null, string? subject = null)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Outbox", Level = 1 })).ToBeVisibleAsync();
        await Check(audit, page);
        // Newest first: the first row addressed to this person is the email just sent.
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = email, Exact = true }) });
        var row = (subject is null ? rows : rows.Filter(new() { HasText = subject })).First;
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(OutboxMessageUrl());
        await Check(audit, page);

        // Going to the link's address rather than clicking it: once in a full run a click on it left
        // the page where it was. Reaching the address is what this step is for; what the page then
        // shows is waited for by the next step.
        var link = await page.Locator(".rt-outbox-body a").GetAttributeAsync("href");
        Assert.Matches(linkUrl, link);
        await page.GotoAsync(link!, new() { WaitUntil = WaitUntilState.Commit });
    }

    private const string SignInSubject = "Your link to sign in to Roundtable";

    public static async Task PressSignInAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal));
    }

    // The whole journey, for tests about what comes after it.
    public static async Task SignInAsync(IPage page, string email)
    {
        await AskForLinkAsync(page, email);
        await OpenOutboxFromCheckEmailAsync(page);
        await FollowNewestLinkInOutboxAsync(page, email);
        await PressSignInAsync(page);
    }

    // The link itself, as the email carries it, without using it.
    public static async Task<string> NewestLinkAsync(IPage page, string email)
    {
        await AskForLinkAsync(page, email);
        await OpenOutboxFromCheckEmailAsync(page);
        await FollowNewestLinkInOutboxAsync(page, email);
        return page.Url;
    }

    private static Task Check(AxeAudit? audit, IPage page) => audit?.CheckAsync(page) ?? Task.CompletedTask;

    [GeneratedRegex(@"/sign-in/check-email$")]
    public static partial Regex CheckEmailUrl();

    [GeneratedRegex(@"/admin/outbox$")]
    public static partial Regex OutboxUrl();

    [GeneratedRegex(@"/admin/outbox/[0-9a-f-]{36}$")]
    public static partial Regex OutboxMessageUrl();

    [GeneratedRegex(@"/sign-in/link\?token=")]
    public static partial Regex SignInLinkUrl();
}
