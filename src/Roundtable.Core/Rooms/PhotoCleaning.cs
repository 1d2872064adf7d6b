using SkiaSharp;

namespace Roundtable.Core.Rooms;

public sealed record CleanPhoto(byte[] Bytes, string ContentType, int Width, int Height);

// A photo as it is kept and shared: decoded, turned the way the camera said it was held, and saved
// again with none of the file's metadata. A phone photo of a flipchart can carry where and when it
// was taken and on which phone; none of that may leave the room with it, least of all in a report
// made public. JPEG and WebP photos stay lossy, PNG and GIF become PNG (a GIF keeps its first frame).
public static class PhotoCleaning
{
    private const int Quality = 90;

    // 48 megapixels, more than a phone's camera takes; a file that says it is larger (a few bytes
    // can) is refused before anything is decoded.
    public const long MaxPixels = 48_000_000;

    // From the file's header alone: whether Clean will take it.
    public static bool CanRead(byte[] bytes)
    {
        using var codec = Codec(bytes);
        return codec is not null;
    }

    // The pixel size a photo's header gives; null when it cannot be read.
    public static (int Width, int Height)? SizeOf(byte[] bytes)
    {
        using var codec = Codec(bytes);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    // Null when the bytes are not a photo this can read.
    public static CleanPhoto? Clean(byte[] bytes)
    {
        using var codec = Codec(bytes);
        if (codec is null)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var (format, contentType) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => (SKEncodedImageFormat.Jpeg, "image/jpeg"),
            SKEncodedImageFormat.Webp => (SKEncodedImageFormat.Webp, "image/webp"),
            _ => (SKEncodedImageFormat.Png, "image/png"),
        };
        using var data = upright.Encode(format, Quality);
        return data is null ? null : new CleanPhoto(data.ToArray(), contentType, upright.Width, upright.Height);
    }

    private static SKCodec? Codec(byte[] bytes)
    {
        var codec = bytes.Length == 0 ? null : SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is { Info: { Width: > 0, Height: > 0 } info } && (long)info.Width * info.Height <= MaxPixels)
        {
            return codec;
        }

        codec?.Dispose();
        return null;
    }

    // Drawn through the matrix that takes each EXIF orientation to upright (x, y: the stored
    // pixels; width and height: the stored size).
    private static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        var (w, h) = ((float)stored.Width, (float)stored.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var upright = new SKBitmap(new SKImageInfo(turned ? stored.Height : stored.Width, turned ? stored.Width : stored.Height, stored.ColorType, stored.AlphaType));
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(stored, 0, 0, SKSamplingOptions.Default);
        return upright;
    }
}
