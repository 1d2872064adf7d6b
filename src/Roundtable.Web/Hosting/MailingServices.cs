using Roundtable.Core.Mailing;

namespace Roundtable.Web.Hosting;

// The community's email list and sending to it. Mailing:SendInBackground=false leaves queued
// mailings pending (a test stopping the app with recipients still to send).
public static class MailingServices
{
    public static IServiceCollection AddMailingServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<MailingWake>();
        services.AddScoped<EmailList>().AddScoped<Mailings>().AddScoped<MailingDelivery>().AddScoped<Unsubscribes>();
        if (configuration.GetValue("Mailing:SendInBackground", true))
        {
            services.AddHostedService<MailingWorker>();
        }

        return services;
    }
}
