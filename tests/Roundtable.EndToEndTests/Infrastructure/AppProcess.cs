using System.Diagnostics;
using System.Net;
using System.Text;

namespace Roundtable.EndToEndTests.Infrastructure;

// The app in a process of its own, started as a person starts it: `dotnet run`, the build's
// output (`dotnet bin/…/Roundtable.Web.dll`) or a published folder, on a fresh SQLite file.
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly string dataDirectory;

    private AppProcess(Process process, Uri baseUrl, string dataDirectory)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    public enum Way
    {
        DotnetRun,
        BuildOutput,
        Published,
    }

    public Uri BaseUrl { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    // The repository's web project and the folders its build left, in the configuration and
    // framework these tests were built in.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Project => Path.Combine(RepositoryRoot, "src", "Roundtable.Web");

    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string BuildOutput => Path.Combine(Project, "bin", Configuration, new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name);

    // `dotnet publish` of what the tests' build already compiled, into a folder of its own.
    public static async Task<string> PublishAsync()
    {
        var folder = Directory.CreateTempSubdirectory("roundtable-published-").FullName;
        var start = Dotnet(RepositoryRoot, "publish", Project, "-c", Configuration, "--no-build", "-o", folder, "-nologo", "-v", "q");
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await publish.WaitForExitAsync(timeout.Token);
        if (publish.ExitCode != 0 || !File.Exists(Path.Combine(folder, "Roundtable.Web.dll")))
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):{Environment.NewLine}{await output}{await errors}");
        }

        return folder;
    }

    public static async Task<AppProcess> StartAsync(Way way, string environment, string? publishedFolder = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("roundtable-process-").FullName;
        var baseUrl = new Uri($"http://127.0.0.1:{RoundtableServer.FreeLoopbackPort()}");
        var urls = baseUrl.GetLeftPart(UriPartial.Authority);
        var start = way switch
        {
            // As the README says, from the top of the repository; the launch profile would choose
            // Development whatever the test asks for.
            Way.DotnetRun => Dotnet(RepositoryRoot, "run", "--project", Project, "-c", Configuration, "--no-build", "--no-launch-profile", "--", "--urls", urls),
            // From its own folder, where appsettings.json is and wwwroot is not.
            Way.BuildOutput => Dotnet(BuildOutput, Path.Combine(BuildOutput, "Roundtable.Web.dll"), "--urls", urls),
            Way.Published => Dotnet(publishedFolder ?? throw new ArgumentNullException(nameof(publishedFolder)), Path.Combine(publishedFolder, "Roundtable.Web.dll"), "--urls", urls),
            _ => throw new ArgumentOutOfRangeException(nameof(way)),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Roundtable"] = $"Data Source={Path.Combine(dataDirectory, "roundtable.db")}";
        start.Environment["App__LoadDemoData"] = "false";
        start.Environment["App__BaseUrl"] = urls;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var app = new AppProcess(process, baseUrl, dataDirectory);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilLiveAsync();
        return app;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {process.ExitCode} before it answered:{Environment.NewLine}{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl, "/health/live"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }

            if (deadline.Elapsed > Patience)
            {
                throw new TimeoutException($"The app did not answer /health/live within {Patience.TotalSeconds} s:{Environment.NewLine}{Log}");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static ProcessStartInfo Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Roundtable.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Roundtable.slnx above {AppContext.BaseDirectory}.");
    }
}
