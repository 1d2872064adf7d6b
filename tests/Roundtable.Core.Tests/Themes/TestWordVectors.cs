using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

// The word vectors the build made from node_modules (scripts/test runs npm ci first, so they are
// there), loaded once for the whole test assembly.
public static class TestWordVectors
{
    private static readonly Lazy<WordVectors?> Loaded = new(() => WordVectors.BesideTheApp(NullLogger.Instance));

    public static WordVectors Required =>
        Loaded.Value ?? throw new InvalidOperationException($"No {WordVectors.FileName} beside the tests: run npm ci, then build.");
}
