using System.Diagnostics;

namespace Roundtable.EndToEndTests.Infrastructure;

// Runs `dotnet Roundtable.Web.dll admin …` as a separate process, the way an operator would,
// against a SQLite file of the test's choosing.
public static class AdminCli
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Output}{Errors}";
    }

    public static async Task<Result> RunAsync(string databasePath, params string[] args)
    {
        var (dll, contentRoot) = LocateApp();
        var workingDirectory = Path.GetDirectoryName(databasePath)!;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Roundtable"] = $"Data Source={databasePath}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production refuses to start without it; the commands build no links, but read the same settings.
        start.Environment["App__BaseUrl"] = "http://localhost";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        // The working directory is the test's own; appsettings.json is found beside the app.
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', args)}` did not finish within {Patience.TotalSeconds} s.");
        }

        return new Result(process.ExitCode, await output, await errors);
    }

    // The app as `dotnet build` left it: the web project's own output, with its appsettings.json,
    // built in the same configuration as these tests. Failing that, the copy beside the tests,
    // with the project folder as its content root.
    private static (string Dll, string ContentRoot) LocateApp()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var project = Path.Combine(AppProcess.RepositoryRoot, "src", "Roundtable.Web");
        var built = Path.Combine(project, "bin", configuration, framework);
        if (File.Exists(Path.Combine(built, "Roundtable.Web.dll")) && File.Exists(Path.Combine(built, "appsettings.json")))
        {
            return (Path.Combine(built, "Roundtable.Web.dll"), built);
        }

        return (Path.Combine(testOutput.FullName, "Roundtable.Web.dll"), project);
    }
}
