using System.Net.Mail;

namespace Roundtable.Core.People;

public static class EmailAddress
{
    public const int MaxLength = 254;

    public const string FormatMessage = "Enter an email address in the correct format, like name@example.com";

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    // Null when the address is fine, otherwise what to tell the person.
    public static string? Problem(string? email, string emptyMessage = "Enter your email address")
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return emptyMessage;
        }

        var trimmed = email.Trim();
        if (trimmed.Length > MaxLength)
        {
            return $"Email address must be {MaxLength} characters or fewer";
        }

        return LooksValid(trimmed) ? null : FormatMessage;
    }

    private static bool LooksValid(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at > 64 || email.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = email[(at + 1)..];
        if (domain.Length < 3 || !domain.Contains('.', StringComparison.Ordinal) ||
            domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
    }
}
