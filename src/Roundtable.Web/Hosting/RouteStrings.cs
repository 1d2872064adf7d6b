using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Roundtable.Web.Hosting;

// Model binding turns a string of only spaces into null. A route value is never empty (the route
// would not match), so for one bound [FromRoute] that null is a value the page never expects
// (/rooms/projector/%20 made the token null): it is bound as it came, and finds nothing.
public sealed class RouteStrings : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string)
            && context.Key.MetadataKind is ModelMetadataKind.Property or ModelMetadataKind.Parameter
            && context.Attributes.OfType<IBindingSourceMetadata>().Any(a => a.BindingSource == BindingSource.Path))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
