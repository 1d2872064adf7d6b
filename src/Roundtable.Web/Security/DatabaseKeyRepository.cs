using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Security;

// Keeps data protection keys (which protect sign-in cookies and form tokens) in the
// database, so a restart or a second app server signs nobody out.
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        return db.DataProtectionKeys.Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
