using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Roundtable.Web.Tests.Fuzz;

public enum DoorKind
{
    Page,
    Api,
    Other,
    Asset,
}

// A value a door reads: a form field, a query parameter, a property of a JSON body.
public sealed record Field(string Name, Type Type, bool IsList = false, bool IsFile = false);

// One page or endpoint, as the app's EndpointDataSource describes it: its route, the methods and
// handlers it answers, and what it reads.
public sealed record Door(
    DoorKind Kind, RoutePattern Route, IReadOnlyList<string> Methods, IReadOnlyList<string> Handlers,
    IReadOnlyList<Field> Form, IReadOnlyList<Field> Query, Type? JsonBody)
{
    public string Name => "/" + Route.RawText?.TrimStart('/');
}

public static class Doors
{
    private const int Depth = 3;

    public static async Task<IReadOnlyList<Door>> OfAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var doors = new List<Door>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [];
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
                doors.Add(PageDoor(endpoint.RoutePattern, page, routeNames));
            }
            else if (endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            {
                doors.Add(ApiDoor(endpoint, methods, routeNames));
            }
            else
            {
                var asset = endpoint.RoutePattern.Parameters.Count == 0 && Path.HasExtension(endpoint.RoutePattern.RawText)
                    && !endpoint.RoutePattern.RawText!.StartsWith("openapi", StringComparison.Ordinal);
                doors.Add(new Door(asset ? DoorKind.Asset : DoorKind.Other, endpoint.RoutePattern, methods, [], [], [], null));
            }
        }

        return doors;
    }

    private static Door PageDoor(RoutePattern route, CompiledPageActionDescriptor page, HashSet<string> routeNames)
    {
        var form = new List<Field>();
        var query = new List<Field>();
        foreach (var property in page.BoundProperties)
        {
            var source = property.BindingInfo?.BindingSource;
            var name = property.BindingInfo?.BinderModelName ?? property.Name;
            if (source == BindingSource.Path || routeNames.Contains(name))
            {
                continue;
            }

            var fields = Flatten(name, property.ParameterType, 0).ToList();
            if (source == BindingSource.Query || property.BindingInfo?.RequestPredicate is null)
            {
                query.AddRange(fields);
            }

            if (source != BindingSource.Query)
            {
                form.AddRange(fields);
            }
        }

        foreach (var parameter in page.HandlerMethods.SelectMany(h => h.Parameters).DistinctBy(p => p.Name))
        {
            if (parameter.ParameterType != typeof(CancellationToken) && !routeNames.Contains(parameter.Name))
            {
                var fields = Flatten(parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, 0).ToList();
                form.AddRange(fields);
                query.AddRange(fields);
            }
        }

        return new Door(
            DoorKind.Page, route,
            page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Distinct().ToList(),
            page.HandlerMethods.Where(h => h.Name is not null).Select(h => h.Name!).Distinct().ToList(),
            form.DistinctBy(f => f.Name).ToList(), query.DistinctBy(f => f.Name).ToList(), null);
    }

    private static Door ApiDoor(RouteEndpoint endpoint, List<string> methods, HashSet<string> routeNames)
    {
        var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var query = new List<Field>();
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            foreach (var parameter in handler.GetParameters())
            {
                if (parameter.Name is { } name && !routeNames.Contains(name) && IsSimple(parameter.ParameterType))
                {
                    query.Add(new Field(name, parameter.ParameterType));
                }
            }
        }

        return new Door(DoorKind.Api, endpoint.RoutePattern, methods, [], [], query, body);
    }

    // A form's fields as a browser names them: Input.Name, Input.Identities (repeated), Rows[0].Name.
    private static IEnumerable<Field> Flatten(string name, Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type))
        {
            yield return new Field(name, type, IsFile: true);
        }
        else if (IsSimple(type))
        {
            yield return new Field(name, type);
        }
        else if (ElementOf(type) is { } element)
        {
            if (IsSimple(element) || typeof(IFormFile).IsAssignableFrom(element))
            {
                yield return new Field(name, element, IsList: true, IsFile: typeof(IFormFile).IsAssignableFrom(element));
            }
            else if (depth < Depth)
            {
                foreach (var field in Flatten($"{name}[0]", element, depth + 1).Concat(Flatten($"{name}[1]", element, depth + 1)))
                {
                    yield return field;
                }
            }
        }
        else if (depth < Depth)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                foreach (var field in Flatten($"{name}.{property.Name}", property.PropertyType, depth + 1))
                {
                    yield return field;
                }
            }
        }
    }

    public static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(Uri);
    }

    public static Type? ElementOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        return type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }
}
