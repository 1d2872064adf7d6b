using System.Text.RegularExpressions;
using Roundtable.Core.People;

namespace Roundtable.EndToEndTests;

// The journey the email list is judged by: Brackenmouth's co-lead mistypes a subscriber's address
// (refused beside the box, what she typed kept), adds a good one; the subscriber, not signed in,
// follows the confirmation link and presses the button; the co-lead sends a message to the list and
// watches it go out; the subscriber's copy carries the List-Unsubscribe headers and a link that
// takes them off the list with one button, and the list counts one fewer. axe checks every page
// state on the way.
[Collection(BrowserCollection.Name)]
public sealed partial class EmailListJourneyTests(BrowserFixture app)
{
    private const string Slug = DemoPeople.CoLeadCommunitySlug;

    [Fact]
    public async Task Journey_SubscriberAddedConfirmedSentToAndUnsubscribed()
    {
        var subscriber = DemoPeople.NewEmail();
        var subject = $"Room change {Guid.NewGuid().ToString("N")[..6]}";
        var audit = new AxeAudit();
        var context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();

        // From the community page, as a co-lead finds it.
        await page.GotoAsync($"/communities/{Slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Email list", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email list", Level = 1 })).ToBeVisibleAsync();
        await audit.CheckAsync(page);
        var before = await OnListAsync(page);

        // A malformed address: refused beside the box, with what was typed still in it.
        var address = page.GetByLabel("Add a subscriber’s email address");
        await address.FillAsync("board.member@@example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the confirmation link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync(EmailAddress.FormatMessage);
        await Assertions.Expect(address).ToHaveValueAsync("board.member@@example");
        await Assertions.Expect(address).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(EmailAddress.FormatMessage)));
        await Assertions.Expect(page.Locator(".nhsuk-form-group--error").Filter(new() { Has = address }).Locator(".nhsuk-error-message"))
            .ToContainTextAsync(EmailAddress.FormatMessage);
        await audit.CheckAsync(page);

        await address.FillAsync(subscriber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the confirmation link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"A confirmation link was sent to {subscriber}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = subscriber })).ToContainTextAsync("Waiting for them to confirm");
        await audit.CheckAsync(page);

        // The subscriber, not signed in, reads the confirmation email and follows its link.
        var theirs = await app.NewContextAsync();
        var inbox = await theirs.NewPageAsync();
        await inbox.GotoAsync("/admin/outbox");
        await SignInSteps.FollowNewestEmailLinkAsync(inbox, subscriber, ConfirmUrl(), audit);
        await Assertions.Expect(inbox.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Confirm you want emails from "));
        await Assertions.Expect(inbox.GetByRole(AriaRole.Main)).ToContainTextAsync(subscriber);
        await audit.CheckAsync(inbox);
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Yes, send me the emails" }).ClickAsync();
        await Assertions.Expect(inbox.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^You are on the email list of "));
        await audit.CheckAsync(inbox);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = subscriber })).ToContainTextAsync("Confirmed");
        await Assertions.Expect(page.Locator("#on-list")).ToHaveTextAsync($"{People(before + 1)} on the list.");

        // A short message to everyone on the list, and the page that shows it going.
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync(subject);
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Next session is in the library, upstairs.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Send to {People(before + 1)}" }).ClickAsync();
        await page.WaitForURLAsync(MailingUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject, Level = 1 })).ToBeVisibleAsync();
        // While sending, the page reloads itself every few seconds; the count is waited for, not slept for.
        var progress = page.Locator("#progress");
        await Assertions.Expect(progress).ToContainTextAsync($"{before + 1} of {before + 1} sent", new() { Timeout = 60_000 });
        await Assertions.Expect(progress).ToContainTextAsync("Finished.");
        await audit.CheckAsync(page);

        // The subscriber's own copy: its unsubscribe headers, then its link.
        await inbox.GotoAsync("/admin/outbox");
        await inbox.GetByRole(AriaRole.Link, new() { Name = $"{subject} to {subscriber}", Exact = true }).ClickAsync();
        await inbox.WaitForURLAsync(SignInSteps.OutboxMessageUrl());
        var headers = inbox.Locator(".nhsuk-summary-list");
        await Assertions.Expect(headers.Locator(".nhsuk-summary-list__row").Filter(new() { Has = inbox.GetByText("List-Unsubscribe", new() { Exact = true }) }).Locator(".rt-outbox-header"))
            .ToHaveTextAsync(UnsubscribeHeader());
        await Assertions.Expect(headers.Locator(".nhsuk-summary-list__row").Filter(new() { Has = inbox.GetByText("List-Unsubscribe-Post", new() { Exact = true }) }).Locator(".rt-outbox-header"))
            .ToHaveTextAsync("List-Unsubscribe=One-Click");
        await audit.CheckAsync(inbox);
        await inbox.Locator(".rt-outbox-body").GetByRole(AriaRole.Link, new() { NameRegex = UnsubscribeLinkName() }).ClickAsync();
        await inbox.WaitForURLAsync(UnsubscribeUrl());
        await Assertions.Expect(inbox.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Unsubscribe from .*’s emails$"));
        await Assertions.Expect(inbox.GetByRole(AriaRole.Main)).ToContainTextAsync(subscriber);
        await audit.CheckAsync(inbox);
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe", Exact = true }).ClickAsync();
        await Assertions.Expect(inbox.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^You are unsubscribed from .*’s emails$"));
        await Assertions.Expect(inbox.GetByRole(AriaRole.Main)).ToContainTextAsync($"No more emails from the list will be sent to {subscriber}.");
        await audit.CheckAsync(inbox);

        await page.GotoAsync($"/communities/{Slug}/email-list");
        await Assertions.Expect(page.Locator("#on-list")).ToHaveTextAsync($"{People(before)} on the list.");
        await audit.CheckAsync(page);

        await theirs.CloseAsync();
        await context.CloseAsync();
        audit.AssertClean();
    }

    // "12 people on the list." as the page says it.
    private static async Task<int> OnListAsync(IPage page)
    {
        var words = await page.Locator("#on-list").InnerTextAsync();
        return int.Parse(LeadingNumber().Match(words).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"/email-list/confirm/[^/]+$")]
    private static partial Regex ConfirmUrl();

    [GeneratedRegex(@"/email-list/mailings/[0-9a-f-]{36}$")]
    private static partial Regex MailingUrl();

    [GeneratedRegex(@"/unsubscribe/[^/\s]+$")]
    private static partial Regex UnsubscribeUrl();

    // The link's name is its address; Playwright sends a name pattern to the page between slashes, so none in it.
    [GeneratedRegex(@"\Wunsubscribe\W")]
    private static partial Regex UnsubscribeLinkName();

    [GeneratedRegex(@"^<https?://[^>]+/unsubscribe/[^>]+>$")]
    private static partial Regex UnsubscribeHeader();
}
