using System.Collections.Concurrent;
using System.Text.Json;

namespace Roundtable.Web.Tests.TagHelpers;

// The design system's own examples: nhsuk-frontend ships, per component, the HTML its Nunjucks
// template renders for each named set of options.
internal static class NhsFixtures
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Fixture>> Components = new();

    public static string Html(string component, string name, int occurrence = 0)
    {
        var matches = Components.GetOrAdd(component, Load).Where(fixture => fixture.Name == name).ToList();
        if (occurrence >= matches.Count)
        {
            throw new InvalidOperationException($"nhsuk-frontend has no {component} fixture \"{name}\" (occurrence {occurrence}).");
        }

        return matches[occurrence].Html;
    }

    private static IReadOnlyList<Fixture> Load(string component)
    {
        var path = Path.Combine(
            RepositoryRoot(), "node_modules", "nhsuk-frontend", "dist", "nhsuk", "components", component, "fixtures.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("fixtures").EnumerateArray()
            .Select(fixture => new Fixture(fixture.GetProperty("name").GetString()!, fixture.GetProperty("html").GetString()!))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "package.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No package.json above {AppContext.BaseDirectory}: run npm ci at the repository root.");
    }

    private sealed record Fixture(string Name, string Html);
}
