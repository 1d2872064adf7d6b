using Roundtable.Web.Cli;
using Roundtable.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (AdminCommand.Matches(args))
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

builder.AddRoundtable();
var app = builder.Build();

if (AdminCommand.Matches(args))
{
    return await AdminCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseRoundtable();
await app.RunAsync();
return 0;

public partial class Program;
