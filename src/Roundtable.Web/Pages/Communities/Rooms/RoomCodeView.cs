using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The room's code as the console and the projector show it: grouped for reading aloud, the
// address to type it at, and a QR code of the address that opens the room straight away. The
// addresses come from App:BaseUrl (ILinks), never from the request's Host header.
public sealed record RoomCodeView(string Code, Uri EnterAt, Uri Opens)
{
    public string Grouped => RoomCode.Grouped(Code);

    // Letters and numbers one by one, so a screen reader spells the code instead of saying a word.
    public string Spelled => string.Join(' ', Code.ToCharArray());

    public static RoomCodeView? Of(Room room, ILinks links) =>
        room.Code is { } code ? new RoomCodeView(code, links.To(RoomPages.EnterCodePath), links.To(RoomPages.CodePath(code))) : null;

    // Drawn here as one SVG path of the QR code's dark squares (its quiet zone included), so it
    // scales crisply on a wall and carries its own text alternative.
    public IHtmlContent QrCode(string id)
    {
        using var data = QRCodeGenerator.GenerateQrCode(Opens.ToString(), QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                {
                    path.Append('M').Append(x).Append(',').Append(y).Append("h1v1h-1z");
                }
            }
        }

        var label = System.Net.WebUtility.HtmlEncode($"QR code: scan it to open {Opens}");
        return new HtmlString(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"rt-room-code__qr\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{label}\" " +
            $"shape-rendering=\"crispEdges\" focusable=\"false\"><rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>");
    }
}
