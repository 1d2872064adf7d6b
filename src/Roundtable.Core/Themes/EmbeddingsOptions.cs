namespace Roundtable.Core.Themes;

// An OpenAI-compatible embeddings service the operator runs (for example inside their own NHS
// tenancy), set under Themes:Embeddings. Without an Endpoint there is no such service: co-leads are
// never offered it.
public sealed class EmbeddingsOptions
{
    public const string Section = "Themes:Embeddings";

    // The API's base address: texts are posted to {Endpoint}/embeddings.
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    // Sent as a bearer token when set.
    public string? ApiKey { get; set; }

    // Who runs the service, in the words co-leads read before they turn it on:
    // "When this is on, … are sent to {RunBy} at {host} …".
    public string? RunBy { get; set; }

    // How long to wait for one answer before suggesting with Roundtable's own engine instead.
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    // Texts sent in one request.
    public int BatchSize { get; set; } = 64;

    // How alike (cosine of the service's vectors) two groups of contributions must be, on average,
    // to be proposed as one theme. Services differ: 0.5 suits OpenAI's text-embedding-3 models.
    public float Together { get; set; } = 0.5f;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    // Where the texts go, as co-leads are told it (host and port).
    public string Host => Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) ? uri.Authority : Endpoint ?? "";

    // What is wrong with the settings, for the app to refuse to start with; null when nothing is.
    public string? Problem()
    {
        if (!IsConfigured)
        {
            return null;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "Themes:Embeddings:Endpoint must be a full web address starting with http:// or https://, for example https://embeddings.example.nhs.uk/v1.";
        }

        if (Endpoint!.Length > Data.Entities.EmbeddingsChoice.EndpointMaxLength)
        {
            return $"Themes:Embeddings:Endpoint must be {Data.Entities.EmbeddingsChoice.EndpointMaxLength} characters or fewer.";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            return "Themes:Embeddings:Model must say which model the service should use, for example text-embedding-3-small.";
        }

        if (string.IsNullOrWhiteSpace(RunBy))
        {
            return "Themes:Embeddings:RunBy must say who runs the service, for example \"the Trust's data team\": co-leads read it before they turn it on.";
        }

        if (Timeout <= TimeSpan.Zero || BatchSize < 1)
        {
            return "Themes:Embeddings:Timeout and BatchSize must be more than zero.";
        }

        return null;
    }
}
