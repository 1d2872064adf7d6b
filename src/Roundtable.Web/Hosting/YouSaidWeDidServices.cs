using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Web.Hosting;

// The services behind "you said, we did": the ledger, its pages, the board and the API.
public static class YouSaidWeDidServices
{
    public static IServiceCollection AddYouSaidWeDidServices(this IServiceCollection services) => services
        .AddScoped<Asks>()
        .AddScoped<AskLedger>()
        .AddScoped<Acknowledgements>();
}
