using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roundtable.Web.Tests.Security;
using Xunit.Abstractions;

namespace Roundtable.Web.Tests.Fuzz;

// Knocks on every door the app has with malformed requests (see Mischief), and fails on any
// server error, any response without the security headers, any body over the limit answered
// with anything but 413, and anything the app logs as an error; printing each request that did.
// A few thousand requests by default; ROUNDTABLE_FUZZ_REQUESTS=25000 for a longer run, and
// ROUNDTABLE_FUZZ_SEED for another sequence (the default one makes the same requests every time).
public class FuzzTests(FuzzFixture world, ITestOutputHelper output) : IClassFixture<FuzzFixture>
{
    private static readonly int Requests = Setting("ROUNDTABLE_FUZZ_REQUESTS", 3_000);

    private static readonly int Seed = Setting("ROUNDTABLE_FUZZ_SEED", 10);

    // Answers a body over the limit may get instead of 413: no such address (404), or routing's
    // refusal of the method (405) or content type (415), all given before any body is read.
    private static readonly int[] BeforeAnyBody = [404, 405, 413, 415];

    // Answers a method a page does not handle may get: before 405, a sign-in prompt, or the
    // refusal of someone who may not see it (403, or 404 for what they may not know exists).
    // 415 is a JSON content type naming a charset that does not exist, refused before anything.
    private static readonly int[] NotHandled = [302, 403, 404, 405, 413, 415];

    // Answers a body without a content type may get from an endpoint that reads JSON.
    private static readonly int[] UntypedBody = [401, 403, 404, 415];

    [Fact]
    public async Task Send_MalformedRequestsToEveryDoor_AreNeverAServerErrorAndCarryTheSecurityHeaders()
    {
        var doors = await Doors.OfAsync(world.Services);
        var mischief = new Mischief(world, doors, Seed);
        // Made before any is sent, so the same seed makes the same requests whatever the answers.
        var knocks = Enumerable.Range(0, Requests).Select(_ => mischief.Next()).ToList();
        // No cookie store and no redirects: each request carries exactly its visitor's cookies.
        using var client = world.CreateDefaultClient(new Uri("http://localhost"));
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var withHeaders = 0;
        var logged = world.Errors.Count;
        var clock = Stopwatch.StartNew();

        // In rounds, two at a time (as a browser and a script might), putting back between rounds
        // what decides who each visitor is, in case a request changed it (a member left, say).
        foreach (var round in knocks.Chunk(50))
        {
            await Parallel.ForEachAsync(round, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (knock, _) =>
            {
                var (headers, problems) = await SendAsync(client, knock, statuses);
                if (headers)
                {
                    Interlocked.Increment(ref withHeaders);
                }

                foreach (var problem in problems)
                {
                    failures.Enqueue(problem);
                }
            });
            await world.RestoreAsync();
        }

        clock.Stop();
        // Named by the request's path: an error may be logged just after its response is given.
        foreach (var entry in world.Errors.Since(logged))
        {
            failures.Enqueue($"logged {entry}");
        }

        var summary = Summary(doors, knocks, statuses, withHeaders, failures.Count, clock.Elapsed);
        output.WriteLine(summary);
        foreach (var failure in failures.Take(200))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, $"{summary}\n{string.Join("\n", failures.Take(40))}");
    }

    private static async Task<(bool Headers, List<string> Failures)> SendAsync(HttpClient client, Knock knock, ConcurrentDictionary<int, int> statuses)
    {
        var failures = new List<string>();
        try
        {
            using var request = Request(knock);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var missing = SecurityHeaderCheck.Missing(response);
            if (status >= 500)
            {
                failures.Add($"{knock} → {status}");
            }

            if (missing.Count > 0)
            {
                failures.Add($"{knock} → {status} without {string.Join(", ", missing)}");
            }

            if (knock.Oversized && !BeforeAnyBody.Contains(status))
            {
                failures.Add($"{knock} → {status} for a body over the limit");
            }

            if (knock.OnRoute && knock.Door.Kind == DoorKind.Page && !knock.Door.Methods.Contains(knock.Method) && knock.Method != "HEAD" && !NotHandled.Contains(status))
            {
                failures.Add($"{knock} → {status} for a method the page does not handle");
            }

            if (IsNotJson(knock) && status != StatusCodes.Status415UnsupportedMediaType && !knock.Oversized)
            {
                failures.Add($"{knock} → {status} for a body that is not JSON");
            }

            if (IsUntyped(knock) && !UntypedBody.Contains(status) && !knock.Oversized)
            {
                failures.Add($"{knock} → {status} for a body without a content type");
            }

            return (missing.Count == 0, failures);
        }
        catch (Exception e)
        {
            // The test server hands the client whatever the app threw and no handler caught.
            failures.Add($"{knock} → {e.GetType().Name}: {e.Message}");
            return (false, failures);
        }
    }

    // A body sent to an endpoint that reads JSON, by a method it takes, with a content type that is
    // not JSON: routing refuses it (415) before anything else is asked. Content types that do not
    // parse, or are wildcards, are left out: what routing makes of those is its own business.
    private static bool IsNotJson(Knock knock) =>
        ReadsJson(knock) && knock.ContentType is not null
            && MediaTypeHeaderValue.TryParse(knock.ContentType, out var type)
            && type.MediaType is { } media && !media.Contains('*', StringComparison.Ordinal)
            && !media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    // The same without any content type: routing lets it through, so whoever may not use the
    // endpoint is told so first, and the endpoint itself refuses the body (415).
    private static bool IsUntyped(Knock knock) => ReadsJson(knock) && knock.ContentType is null;

    private static bool ReadsJson(Knock knock) => knock.OnRoute && knock.Door.JsonBody is not null && knock.Body is not null && knock.Door.Methods.Contains(knock.Method);

    private static HttpRequestMessage Request(Knock knock)
    {
        var request = new HttpRequestMessage(new HttpMethod(knock.Method), new Uri(knock.Target, UriKind.Relative));
        foreach (var (name, value) in knock.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (knock.Body is not null)
        {
            request.Content = new ByteArrayContent(knock.Body);
            if (knock.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", knock.ContentType);
            }
        }

        return request;
    }

    private static string Summary(
        IReadOnlyList<Door> doors, List<Knock> knocks, ConcurrentDictionary<int, int> statuses, int withHeaders, int failures, TimeSpan elapsed)
    {
        var total = statuses.Values.Sum();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Fuzz: {total:N0} requests (seed {Seed}) in {elapsed.TotalSeconds:N1} s ({total / elapsed.TotalSeconds:N0}/s) ");
        text.Append(CultureInfo.InvariantCulture, $"to {doors.Count(d => d.Kind != DoorKind.Asset)} pages and endpoints and {doors.Count(d => d.Kind == DoorKind.Asset)} static files");
        text.Append(CultureInfo.InvariantCulture, $" ({knocks.Select(k => k.Door).Distinct().Count()} knocked on), ");
        text.Append(CultureInfo.InvariantCulture, $"as {knocks.Select(k => k.Who).Distinct().Count()} kinds of visitor, ");
        text.Append(CultureInfo.InvariantCulture, $"{knocks.Count(k => k.Oversized)} bodies over the limit; ");
        text.Append(CultureInfo.InvariantCulture, $"5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; ");
        text.Append(CultureInfo.InvariantCulture, $"security headers on {withHeaders:N0} of {total:N0} ({(total == 0 ? 0 : 100.0 * withHeaders / total):N1}%); ");
        text.Append(CultureInfo.InvariantCulture, $"failures: {failures}\nStatuses: ");
        text.AppendJoin(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        return text.ToString();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
