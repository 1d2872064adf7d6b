using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using KestrelServerOptions = Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions;

namespace Roundtable.Web.Hosting;

// A body larger than the server takes (a 50 MB CSV, a 31 MB photo) is answered 413, saying the
// limit. The server refuses it by throwing as the body is read, and what reads it (the form token
// check, the API's JSON binding) may report that as a 400 or a 500; so the limit is checked here.
public static class RequestBodyLimit
{
    // After the request checks, which answer from the headers alone; this one watches the body too.
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(CheckAsync);

    private static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        var limit = Of(context);
        if (limit is null || RequestErrors.IsErrorPage(context))
        {
            await next(context);
            return;
        }

        // Declared too large: refused before anything reads it.
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Sent in chunks, of a length not known until it is read: watched as it is read.
        if (context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            var watched = new WatchedBody(context.Request.Body, limit.Value);
            context.Request.Body = watched;
            await next(context);
            if (watched.Exceeded && !context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }

            return;
        }

        await next(context);
    }

    // The most a request body may hold: the server's limit for this request, or Kestrel's
    // configured one where the server keeps none (the in-memory test server).
    public static long? Of(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { } feature
            ? feature.MaxRequestBodySize
            : context.RequestServices.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize;

    // "30 MB": the limit as people read sizes.
    public static string Describe(long bytes) =>
        bytes >= 1_000_000
            ? $"{Math.Round(bytes / 1_000_000m, 1).ToString("0.#", CultureInfo.InvariantCulture)} MB"
            : $"{Math.Max(1, Math.Round(bytes / 1_000m)).ToString("0", CultureInfo.InvariantCulture)} KB";

    // Notes when the body proves too large, whether the server says so first or not (one without
    // a limit of its own, as in tests), and stops reading there.
    private sealed class WatchedBody(Stream inner, long limit) : Stream
    {
        private long read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(() => inner.Read(buffer, offset, count));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return Counted(await inner.ReadAsync(buffer, cancellationToken));
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Exceeded = true;
                throw;
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(Func<int> readInner)
        {
            try
            {
                return Counted(readInner());
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Exceeded = true;
                throw;
            }
        }

        private int Counted(int bytes)
        {
            read += bytes;
            if (read > limit)
            {
                Exceeded = true;
                throw new BadHttpRequestException($"Request body too large. The most it may hold is {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return bytes;
        }
    }
}
