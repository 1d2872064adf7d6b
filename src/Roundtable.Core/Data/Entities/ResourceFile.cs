namespace Roundtable.Core.Data.Entities;

// A shared file's bytes, in the database as a contribution's photo is: one row, size-limited
// (ResourceOptions), read only when someone downloads it. ContentType is the allow-list's, from
// what the bytes are, never what the browser said.
public class ResourceFile
{
    public const int FileNameMaxLength = 100;
    public const int ContentTypeMaxLength = 100;

    public Guid ResourceId { get; init; }

    public required byte[] Bytes { get; set; }

    public required string ContentType { get; set; }

    public required string FileName { get; set; }

    public int Length { get; set; }
}
