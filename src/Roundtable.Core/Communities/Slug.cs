using System.Text;
using System.Text.RegularExpressions;

namespace Roundtable.Core.Communities;

// A community's short address: /communities/{slug}. Lower-case letters, digits and single
// hyphens, so it reads well aloud and in a link.
public static partial class Slug
{
    public const int MinLength = 3;

    // Words that name pages, not communities.
    private static readonly HashSet<string> Reserved = ["new", "admin", "api", "edit", "settings", "create"];

    public static string? Problem(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "Enter a short address for the community";
        }

        if (slug.Length > Data.Entities.Community.SlugMaxLength)
        {
            return $"Short address must be {Data.Entities.Community.SlugMaxLength} characters or fewer";
        }

        if (slug.Length < MinLength || !Pattern().IsMatch(slug))
        {
            return "Short address must be at least 3 characters: lower-case letters, numbers and single hyphens, like brackenmouth-ld";
        }

        return Reserved.Contains(slug) ? "That short address is used by Roundtable itself: choose another" : null;
    }

    // A suggestion from the community's name: "Saltmarsh Coast Wards" → "saltmarsh-coast-wards".
    public static string From(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '&')
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > Data.Entities.Community.SlugMaxLength ? result[..Data.Entities.Community.SlugMaxLength].TrimEnd('-') : result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
