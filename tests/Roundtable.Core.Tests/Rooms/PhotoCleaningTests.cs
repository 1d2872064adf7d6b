using System.Buffers.Binary;
using System.Text;
using Roundtable.Core.Rooms;
using Roundtable.Tests.Shared;
using SkiaSharp;

namespace Roundtable.Core.Tests.Rooms;

public class PhotoCleaningTests
{
    [Fact]
    public void Clean_APhoneJpegWithExif_KeepsNoMetadataAndTurnsItUpright()
    {
        var sent = TestPhotos.PhoneJpeg(40, 30);
        Assert.True(Contains(sent, "Exif\0\0"u8));

        var kept = PhotoCleaning.Clean(sent)!;

        Assert.Equal("image/jpeg", kept.ContentType);
        Assert.False(Contains(kept.Bytes, "Exif"u8), "The kept photo still has an EXIF block");
        using var upright = SKBitmap.Decode(kept.Bytes);
        Assert.Equal((30, 40), (upright.Width, upright.Height));
        Assert.Equal((30, 40), (kept.Width, kept.Height));
        // Turned a quarter clockwise: what was stored at the bottom left is now at the top left.
        AssertNear(SKColors.Lime, upright.GetPixel(7, 10));
        AssertNear(SKColors.Red, upright.GetPixel(22, 10));
        AssertNear(SKColors.Blue, upright.GetPixel(22, 30));
        AssertNear(SKColors.Black, upright.GetPixel(7, 30));
    }

    [Fact]
    public void Clean_APngWithAComment_KeepsThePixelsAndNotTheComment()
    {
        var sent = WithPngChunk(TestPhotos.Make(SKEncodedImageFormat.Png, 4, 4), "tEXt", "Comment\0Taken at 12 Acacia Avenue"u8.ToArray());
        Assert.True(Contains(sent, "Acacia"u8));

        var kept = PhotoCleaning.Clean(sent)!;

        Assert.Equal("image/png", kept.ContentType);
        Assert.False(Contains(kept.Bytes, "Acacia"u8), "The kept photo still has its comment");
        using var upright = SKBitmap.Decode(kept.Bytes);
        Assert.Equal(SKColors.Red, upright.GetPixel(0, 0));
        Assert.Equal(SKColors.Black, upright.GetPixel(3, 3));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public void Clean_EachKindOfPhoto_IsKeptAsPhotosOfItsKindAre(SKEncodedImageFormat format, string contentType)
    {
        var kept = PhotoCleaning.Clean(TestPhotos.Make(format, 8, 6))!;

        Assert.Equal(contentType, kept.ContentType);
        Assert.Equal(contentType, PhotoFormat.Detect(kept.Bytes));
        Assert.Equal((8, 6), (kept.Width, kept.Height));
    }

    [Fact]
    public void Clean_WhatOnlyStartsLikeAPhoto_IsNotAPhoto()
    {
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

        Assert.False(PhotoCleaning.CanRead(fake));
        Assert.Null(PhotoCleaning.Clean(fake));
        Assert.Null(PhotoCleaning.Clean([]));
    }

    [Fact]
    public void CanRead_APngThatSaysItIsHuge_IsRefusedBeforeDecoding()
    {
        // 100,000 × 100,000 pixels claimed in a few dozen bytes: 40 GB if it were decoded.
        var png = TestPhotos.Make(SKEncodedImageFormat.Png, 2, 2);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));

        Assert.False(PhotoCleaning.CanRead(png));
        Assert.Null(PhotoCleaning.Clean(png));
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var distance = Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue);
        Assert.True(distance < 90, $"Expected about {expected}, found {actual}");
    }

    private static bool Contains(byte[] bytes, ReadOnlySpan<byte> part) => bytes.AsSpan().IndexOf(part) >= 0;

    // A chunk put straight after IHDR (8 bytes of signature, then IHDR's 25).
    private static byte[] WithPngChunk(byte[] png, string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return [.. png[..33], .. chunk, .. png[33..]];
    }

    // PNG's CRC-32 (ISO 3309), which a decoder checks before it reads a chunk.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
