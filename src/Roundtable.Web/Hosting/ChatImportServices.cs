using Roundtable.Core.ChatImports;

namespace Roundtable.Web.Hosting;

// The services behind importing a meeting's chat or transcript into a session's contributions.
public static class ChatImportServices
{
    public static IServiceCollection AddChatImportServices(this IServiceCollection services) => services
        .AddScoped<ImportedChats>();
}
