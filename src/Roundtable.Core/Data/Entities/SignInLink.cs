namespace Roundtable.Core.Data.Entities;

// A single-use link sent by email. Only a hash of its secret is kept, so a copy of the
// database cannot be used to sign in.
public class SignInLink
{
    public const int ReturnUrlMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Email { get; init; }

    public required string TokenHash { get; init; }

    // The form's own id: submitting the same form twice asks for one link, not two.
    public Guid SubmissionKey { get; init; }

    public string? ReturnUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }

    // A hash of the browser's antiforgery cookie, so a double click on "Sign in" from the
    // same browser is not told the link was already used.
    public string? UsedByBrowser { get; set; }
}
