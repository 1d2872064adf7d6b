namespace Roundtable.Core.Resources;

// Set under Resources: how large a shared file may be. The server's own request limit
// (Kestrel's, 30 MB by default) must stay above it, so a file over this one is refused with
// this limit in the words, beside the field.
public sealed class ResourceOptions
{
    public const string Section = "Resources";

    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}
