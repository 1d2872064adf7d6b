using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Roundtable.Core.Themes;

// The embeddings service did not answer, or answered with something that is not embeddings.
public sealed class EmbeddingsUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

// Turns texts into unit vectors with the operator's OpenAI-compatible service: POST
// {Endpoint}/embeddings with {"model", "input": [...]}, answered {"data": [{"index", "embedding"}]}.
// Only the words go: the engine is given no names, and email addresses in the words are taken out
// here. Texts already sent are answered from KeptEmbeddings; the rest go in batches.
public sealed partial class EmbeddingsClient(HttpClient http, IOptions<EmbeddingsOptions> options, KeptEmbeddings kept, ILogger<EmbeddingsClient> logger)
{
    private sealed record Request(string Model, List<string> Input);

    private sealed record Answer(List<Datum>? Data);

    private sealed record Datum(int Index, float[]? Embedding);

    public const string EmailAddressLeftOut = "(email address)";

    [GeneratedRegex(@"[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[^\s@<>()\[\],;:""]+")]
    private static partial Regex EmailAddress();

    // What is sent for a text: its words, with any email address in them left out.
    public static string Sendable(string text) => EmailAddress().Replace(text, EmailAddressLeftOut).Trim();

    // A unit vector for each text, in order; null for a text with no words to send.
    public async Task<float[]?[]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var model = settings.Model!;
        var sendable = texts.Select(Sendable).ToList();
        var keys = sendable.Select(t => KeptEmbeddings.Key(model, t)).ToList();
        var vectors = new float[]?[texts.Count];
        var toSend = new List<(string Key, string Text)>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (sendable[i].Length > 0 && kept.Find(keys[i]) is null && asked.Add(keys[i]))
            {
                toSend.Add((keys[i], sendable[i]));
            }
        }

        foreach (var batch in toSend.Chunk(settings.BatchSize))
        {
            var answered = await SendAsync(settings, batch.Select(b => b.Text).ToList(), cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                kept.Keep(batch[i].Key, answered[i]);
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (sendable[i].Length > 0)
            {
                // Kept a moment ago; asked again only if the store was emptied in between.
                vectors[i] = kept.Find(keys[i]) ?? (await SendAsync(settings, [sendable[i]], cancellationToken))[0];
            }
        }

        var dimensions = vectors.OfType<float[]>().Select(v => v.Length).Distinct().ToList();
        if (dimensions.Count > 1)
        {
            throw Unavailable($"answered with vectors of {string.Join(" and ", dimensions)} numbers for one request");
        }

        return vectors;
    }

    private async Task<float[][]> SendAsync(EmbeddingsOptions settings, List<string> input, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.Endpoint!.TrimEnd('/')}/embeddings")
        {
            Content = JsonContent.Create(new Request(settings.Model!, input), options: JsonSerializerOptions.Web),
        };
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }

        Answer? answer;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw Unavailable($"answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            answer = await response.Content.ReadFromJsonAsync<Answer>(JsonSerializerOptions.Web, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable($"did not answer within {settings.Timeout.TotalSeconds} s", e);
        }
        catch (HttpRequestException e)
        {
            throw Unavailable($"could not be reached ({e.Message})", e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw Unavailable("answered with something that is not JSON embeddings", e);
        }

        return Vectors(answer, input.Count);
    }

    // The answer's vectors in the order of the input, each at unit length, or why they cannot be.
    private float[][] Vectors(Answer? answer, int count)
    {
        var data = answer?.Data;
        if (data is null || data.Count != count)
        {
            throw Unavailable($"answered {data?.Count ?? 0} embeddings for {count} texts");
        }

        var vectors = new float[count][];
        foreach (var datum in data)
        {
            if (datum.Index < 0 || datum.Index >= count || vectors[datum.Index] is not null)
            {
                throw Unavailable($"answered an embedding for text {datum.Index}, which it was not sent or answered twice");
            }

            var vector = datum.Embedding;
            if (vector is null || vector.Length == 0 || !vector.All(float.IsFinite) || !ThemeMeaning.Normalise(vector))
            {
                throw Unavailable($"answered an empty or broken embedding for text {datum.Index}");
            }

            vectors[datum.Index] = vector;
        }

        if (vectors.Select(v => v.Length).Distinct().Count() > 1)
        {
            throw Unavailable("answered vectors of different lengths");
        }

        return vectors;
    }

    private EmbeddingsUnavailableException Unavailable(string what, Exception? inner = null)
    {
        var message = $"The embeddings service at {options.Value.Host} {what}.";
        logger.LogWarning(inner, "{Message} Suggesting themes with Roundtable's own engine instead.", message);
        return new EmbeddingsUnavailableException(message, inner);
    }
}
