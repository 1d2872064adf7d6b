using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Roundtable.Core.People;

namespace Roundtable.EndToEndTests;

// The admin commands on the real executable, in a process of their own, then the token they
// print used against the app on the same database.
[Collection(BrowserCollection.Name)]
public sealed class ExecutableTests(ExecutableTests.AdminCommands commands) : IClassFixture<ExecutableTests.AdminCommands>
{
    public const string Email = "someone@example.org";

    [Fact]
    public void CreateAdmin_NewEmail_ExitsWithZeroAndSaysSo()
    {
        Assert.True(commands.CreateAdmin.ExitCode == 0, commands.CreateAdmin.ToString());
        Assert.Contains($"{Email} is a site admin.", commands.CreateAdmin.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateToken_ForThatPerson_PrintsATokenStartingRt()
    {
        Assert.True(commands.CreateToken.ExitCode == 0, commands.CreateToken.ToString());
        Assert.StartsWith("rt_", commands.Token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_BadEmail_ExitsWithTwoAndSaysWhy()
    {
        // Act
        var result = await AdminCli.RunAsync(commands.DatabasePath, "admin", "create-admin", "not-an-email");

        // Assert
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(EmailAddress.FormatMessage, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiMe_WithTheTokenTheCommandPrinted_AnswersAsTheSiteAdmin()
    {
        // Arrange
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Database:Provider", "Sqlite");
            web.UseSetting("ConnectionStrings:Roundtable", $"Data Source={commands.DatabasePath}");
            web.UseSetting("App:LoadDemoData", "false");
            web.UseSetting("App:BaseUrl", "http://localhost");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", commands.Token);

        // Act
        using var response = await client.GetAsync("/api/v1/me");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(me.RootElement.GetProperty("isSiteAdmin").GetBoolean());
        Assert.Equal(Email, me.RootElement.GetProperty("email").GetString());
    }

    // Both commands run once, in order, on a fresh database file; each test reads what they did.
    public sealed class AdminCommands : IAsyncLifetime
    {
        private readonly string folder = Directory.CreateTempSubdirectory("roundtable-cli-").FullName;

        public string DatabasePath => Path.Combine(folder, "roundtable.db");

        public AdminCli.Result CreateAdmin { get; private set; } = null!;

        public AdminCli.Result CreateToken { get; private set; } = null!;

        // The token is the line after the explanation; only the token begins "rt_".
        public string Token => CreateToken.Lines is [.., var last] ? last : "";

        public async Task InitializeAsync()
        {
            CreateAdmin = await AdminCli.RunAsync(DatabasePath, "admin", "create-admin", Email);
            CreateToken = await AdminCli.RunAsync(DatabasePath, "admin", "create-token", Email);
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
