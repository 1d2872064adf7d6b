using Roundtable.Core.Themes;

namespace Roundtable.Bench;

// The engines a theme measurement can be asked to run: "lexical" (words only) or "default" (the
// one the app registers).
public static class ThemeEngines
{
    public static IThemeEngine Create(string name) => name switch
    {
        "lexical" => new LexicalThemeEngine(),
        "default" => new LexicalThemeEngine(),
        _ => throw new ArgumentException($"unknown engine {name}: lexical or default"),
    };
}
