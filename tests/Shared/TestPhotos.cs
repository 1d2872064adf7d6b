using System.Buffers.Binary;
using Roundtable.Core.Rooms;
using SkiaSharp;

namespace Roundtable.Tests.Shared;

// Real photos, small, made here: a room keeps only what it can decode, so a file that only starts
// like a PNG is no longer a photo. Each quarter is its own colour, so which way round a photo was
// kept can be told from its corners, even after JPEG has blurred the edges.
public static class TestPhotos
{
    public static readonly byte[] Png = Make(SKEncodedImageFormat.Png, 4, 3);

    // Png as a room keeps it and serves it.
    public static readonly byte[] PngAsKept = PhotoCleaning.Clean(Png)!.Bytes;

    public static byte[] Make(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var x = 0; x < width; x++)
        {
            for (var y = 0; y < height; y++)
            {
                bitmap.SetPixel(x, y, Quarter(x, y, width, height));
            }
        }

        using var data = bitmap.Encode(format, 100);
        return data.ToArray();
    }

    // Red at the top left, blue at the top right, green at the bottom left, black at the bottom right.
    public static SKColor Quarter(int x, int y, int width, int height) =>
        (x < width / 2, y < height / 2) switch
        {
            (true, true) => SKColors.Red,
            (false, true) => SKColors.Blue,
            (true, false) => SKColors.Lime,
            _ => SKColors.Black,
        };

    // A phone's JPEG as it arrives: held on its side (EXIF orientation 6, "turn 90° clockwise to
    // show") and carrying a GPS position.
    public static byte[] PhoneJpeg(int width, int height) =>
        WithApp1(Make(SKEncodedImageFormat.Jpeg, width, height), Exif(orientation: 6));

    // An APP1 segment put straight after the JPEG's start-of-image marker, where cameras put theirs.
    private static byte[] WithApp1(byte[] jpeg, byte[] app1)
    {
        var segment = new byte[4 + app1.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + app1.Length));
        app1.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    // "Exif\0\0", then a big-endian TIFF block: IFD0 with the orientation and a pointer to a GPS
    // block, which says "N" (north) as a phone would before the latitude itself.
    private static byte[] Exif(ushort orientation)
    {
        var tiff = new byte[56];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        Entry(tiff.AsSpan(10), tag: 0x0112, type: 3, value: (uint)orientation << 16);
        Entry(tiff.AsSpan(22), tag: 0x8825, type: 4, value: 38);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(34), 0);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(38), 1);
        Entry(tiff.AsSpan(40), tag: 0x0001, type: 2, value: BinaryPrimitives.ReadUInt32BigEndian("N\0\0\0"u8), count: 2);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(52), 0);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint value, uint count = 1)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }
}
