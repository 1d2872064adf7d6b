using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The community's resources, as on the resource pages: members read, add and download them; the
// adder and the co-leads change and remove them; one tagged to a preparation meeting is 404
// outside the lived-expert group.
public static class ResourcesApi
{
    public sealed record ResourceDetail(
        Guid Id, ResourceKind Kind, string Title, string? Description, string? Url, string? Where,
        DateOnly? StartsOn, TimeOnly? StartTime, DateOnly? EndsOn, TimeOnly? EndTime,
        string? FileName, string? ContentType, int? FileLength, string? FileUrl,
        IReadOnlyList<TaggedSession> Sessions, IReadOnlyList<TaggedTheme> Themes, DateTimeOffset AddedAt, bool Yours, int Version);

    // Dates as day/month/year or written out, times as "14:00" or "2pm", as the form takes them.
    public sealed record NewResource(
        ResourceKind? Kind, string? Title, string? Description, string? Url, string? Where,
        string? StartsOn, string? StartTime, string? EndsOn, string? EndTime,
        IReadOnlyList<Guid>? SessionIds, IReadOnlyList<Guid>? ThemeIds, Guid? SubmissionKey);

    public sealed record ChangedResource(
        string? Title, string? Description, string? Url, string? Where,
        string? StartsOn, string? StartTime, string? EndsOn, string? EndTime,
        IReadOnlyList<Guid>? SessionIds, IReadOnlyList<Guid>? ThemeIds, int? SeenVersion);

    public static RouteGroupBuilder MapResourcesApi(this RouteGroupBuilder community)
    {
        community.MapGet("/resources", ListAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetResources")
            .WithSummary("The community's links, files and events, newest first; filter by kind, sessionId and themeId.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/resources/chat-links", ChatLinksAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetChatLinks")
            .WithSummary("Web addresses written in imported chats that are not on the resource list yet, each with the meeting it was shared in.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/resources/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetResource")
            .WithSummary("One resource.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/resources/{id:guid}/file", DownloadAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("DownloadResourceFile")
            .WithSummary("A shared file's bytes, as an attachment with its allow-listed content type and cleaned name.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/resources", AddAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("AddResource")
            .WithSummary("Add a link (kind Link: url, https or http only) or an external event (kind Event: startsOn, optional times, where, url).")
            .WithDescription("Sending the same submissionKey again answers with the resource added the first time. Files are added with POST /resources/files.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPost("/resources/files", AddFileAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("AddResourceFile")
            .WithSummary("Add a file: the body is the file's bytes as they are; title, fileName and the rest in the query.")
            .WithDescription(
                "PDF, Word, Excel or PowerPoint (.docx, .xlsx, .pptx), text, CSV, PNG or JPEG, checked by its contents as well as its name, " +
                "smaller than the configured limit (10 MB unless set otherwise). A file whose name says one type and whose contents are another is refused (400).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPatch("/resources/{id:guid}", EditAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("EditResource")
            .WithSummary("Change a resource: its adder or a co-lead. Fields left out are cleared, as on the form.")
            .WithDescription("seenVersion (optional) is the version the caller saw: 409 if it changed since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapDelete("/resources/{id:guid}", RemoveAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("RemoveResource")
            .WithSummary("Remove a resource: its adder or a co-lead.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return community;
    }

    private static async Task<(Guid CommunityId, ResourceVisitor Visitor)> VisitAsync(string slug, HttpContext http, CurrentCommunity current, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return (here.Community.Id, new ResourceVisitor(http.User.PersonId()!.Value, here.Membership, here.Allows(CommunityRole.CoLead)));
    }

    private static ResourceDetail Detail(string slug, ResourceView r, ResourceVisitor visitor) => new(
        r.Id, r.Kind, r.Title, r.Description, r.Url, r.Where, r.StartsOn, r.StartTime, r.EndsOn, r.EndTime,
        r.FileName, r.ContentType?.Split(';')[0], r.FileLength, r.FileName is null ? null : $"/api/v1/communities/{slug}/resources/{r.Id}/file",
        r.Sessions, r.Themes, r.AddedAt, r.AddedById == visitor.PersonId, r.Version);

    private static ProblemHttpResult NoSuchResource() => ApiProblems.NotFound("There is no such resource.");

    private static async Task<Ok<IReadOnlyList<ResourceDetail>>> ListAsync(
        string slug, ResourceKind? kind, Guid? sessionId, Guid? themeId, HttpContext http, CurrentCommunity current, CommunityResources resources, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        var list = await resources.ListAsync(communityId, visitor, new ResourceFilter(kind, sessionId, themeId), cancellationToken);
        return TypedResults.Ok((IReadOnlyList<ResourceDetail>)list.Select(r => Detail(slug, r, visitor)).ToList());
    }

    private static async Task<Ok<IReadOnlyList<ChatLink>>> ChatLinksAsync(
        string slug, HttpContext http, CurrentCommunity current, CommunityResources resources, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        return TypedResults.Ok(await resources.ChatLinksAsync(communityId, visitor, cancellationToken));
    }

    private static async Task<Results<Ok<ResourceDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityResources resources, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        return await resources.FindAsync(communityId, id, visitor, cancellationToken) is { } found ? TypedResults.Ok(Detail(slug, found, visitor)) : NoSuchResource();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CommunityResources resources, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        if (await resources.FileAsync(communityId, id, visitor, cancellationToken) is not { } file)
        {
            return NoSuchResource();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }

    private static async Task<Results<Created<ResourceDetail>, Ok<ResourceDetail>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string slug, NewResource input, HttpContext http, CurrentCommunity current, CommunityResources resources, ResourceChanges changes, CancellationToken cancellationToken)
    {
        if (input.Kind == ResourceKind.File)
        {
            return ApiProblems.Invalid("kind", "Add a file with POST /resources/files, its bytes as the body");
        }

        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        var result = await changes.AddAsync(communityId, input.SubmissionKey ?? Guid.NewGuid(), new ResourceInput(
            input.Kind, input.Title, input.Description, input.Url, input.Where, input.StartsOn, input.StartTime, input.EndsOn, input.EndTime,
            input.SessionIds, input.ThemeIds), visitor, cancellationToken);
        return await AddedAsync(slug, communityId, visitor, result, resources, cancellationToken);
    }

    private static async Task<Results<Created<ResourceDetail>, Ok<ResourceDetail>, ValidationProblem, ProblemHttpResult>> AddFileAsync(
        string slug, string? title, string? fileName, string? description, [FromQuery] Guid[]? sessionIds, [FromQuery] Guid[]? themeIds, Guid? submissionKey,
        HttpContext http, CurrentCommunity current, CommunityResources resources, ResourceChanges changes, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        var file = await NewFile.ReadAsync(fileName, http.Request.Body, changes.MaxFileBytes, cancellationToken);
        var result = await changes.AddAsync(communityId, submissionKey ?? Guid.NewGuid(), new ResourceInput(
            ResourceKind.File, title, description, null, SessionIds: sessionIds, ThemeIds: themeIds, File: file), visitor, cancellationToken);
        return await AddedAsync(slug, communityId, visitor, result, resources, cancellationToken);
    }

    private static async Task<Results<Created<ResourceDetail>, Ok<ResourceDetail>, ValidationProblem, ProblemHttpResult>> AddedAsync(
        string slug, Guid communityId, ResourceVisitor visitor, ResourceResult result, CommunityResources resources, CancellationToken cancellationToken)
    {
        if (result.Outcome == ResourceOutcome.Invalid)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        if (result.Resource is null || await resources.FindAsync(communityId, result.Resource.Id, visitor, cancellationToken) is not { } added)
        {
            return NoSuchResource();
        }

        var detail = Detail(slug, added, visitor);
        return result.Outcome == ResourceOutcome.Saved
            ? TypedResults.Created($"/api/v1/communities/{slug}/resources/{added.Id}", detail)
            : TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<ResourceDetail>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string slug, Guid id, ChangedResource input, HttpContext http, CurrentCommunity current, CommunityResources resources, ResourceChanges changes, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        var existing = await resources.FindAsync(communityId, id, visitor, cancellationToken);
        if (existing is null)
        {
            return NoSuchResource();
        }

        var result = await changes.EditAsync(communityId, id, input.SeenVersion, new ResourceInput(
            existing.Kind, input.Title, input.Description, input.Url, input.Where, input.StartsOn, input.StartTime, input.EndsOn, input.EndTime,
            input.SessionIds, input.ThemeIds), visitor, cancellationToken);
        return result.Outcome switch
        {
            ResourceOutcome.Invalid => ApiProblems.Invalid(result.Problems),
            ResourceOutcome.NotFound => NoSuchResource(),
            ResourceOutcome.NotYours => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: result.Refusal),
            ResourceOutcome.ChangedMeanwhile => ApiProblems.Conflict(result.Refusal!),
            _ => TypedResults.Ok(Detail(slug, (await resources.FindAsync(communityId, id, visitor, cancellationToken))!, visitor)),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, ResourceChanges changes, CancellationToken cancellationToken)
    {
        var (communityId, visitor) = await VisitAsync(slug, http, current, cancellationToken);
        var result = await changes.RemoveAsync(communityId, id, visitor, cancellationToken);
        return result.Outcome switch
        {
            ResourceOutcome.NotFound => NoSuchResource(),
            ResourceOutcome.NotYours => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: result.Refusal),
            _ => TypedResults.NoContent(),
        };
    }
}
