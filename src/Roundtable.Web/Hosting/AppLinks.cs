using Microsoft.Extensions.Options;
using Roundtable.Core.Mail;

namespace Roundtable.Web.Hosting;

// Links in emails, from App:BaseUrl.
public sealed class AppLinks(IOptions<AppOptions> app) : ILinks
{
    public Uri To(string pathAndQuery) => app.Value.Link(pathAndQuery);
}
