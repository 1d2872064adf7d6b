using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Roundtable.Web.Tests.Fuzz;

// Everything the app logs as an error or worse, with the request it was logging for: a request
// it could not use must not leave a stack trace behind, even when it is answered with a 4xx.
public sealed class ErrorLog : ILoggerProvider
{
    private static readonly AsyncLocal<string?> RequestPath = new();

    private readonly ConcurrentQueue<string> entries = new();

    public int Count => entries.Count;

    public IReadOnlyList<string> Since(int count) => entries.Skip(count).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        // The host opens a scope naming the request's path around everything logged for it.
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values
                && values.FirstOrDefault(v => v.Key == "RequestPath").Value is string path)
            {
                var outer = RequestPath.Value;
                RequestPath.Value = path;
                return new Restore(() => RequestPath.Value = outer);
            }

            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var cause = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message}){exception.StackTrace}";
                entries.Enqueue($"{logLevel} {category} for {RequestPath.Value ?? "no request"}: {formatter(state, exception)}{cause}");
            }
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
