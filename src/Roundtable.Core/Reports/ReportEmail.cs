using System.Net;
using System.Text;

namespace Roundtable.Core.Reports;

// A published report as an email to the community's list: the same words as the page, as plain
// text and as simple HTML, with a link to the page at its stable address.
public static class ReportEmail
{
    public sealed record Email(string Subject, string Text, string Html);

    public static Email Of(ReportDocument document, Uri link)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.AppendLine(document.Title).AppendLine(document.TitleLine).AppendLine();
        html.Append("<h1>").Append(Encode(document.Title)).Append("</h1><p>").Append(Encode(document.TitleLine)).Append("</p>");
        if (document.Figures.Count > 0)
        {
            html.Append("<ul>");
            foreach (var figure in document.Figures)
            {
                text.Append("* ").Append(figure.Value).Append(' ').AppendLine(figure.Label);
                html.Append("<li><strong>").Append(Encode(figure.Value)).Append("</strong> ").Append(Encode(figure.Label)).Append("</li>");
            }

            text.AppendLine();
            html.Append("</ul>");
        }

        foreach (var section in document.Sections)
        {
            text.AppendLine(section.Heading).AppendLine(new string('-', section.Heading.Length));
            html.Append("<h2>").Append(Encode(section.Heading)).Append("</h2>");
            var inList = false;
            foreach (var line in section.Lines)
            {
                var lead = line.Lead is null ? "" : line.Lead + ": ";
                if (line.Style == ReportLineStyle.Paragraph)
                {
                    if (inList)
                    {
                        html.Append("</ul>");
                        inList = false;
                    }

                    text.Append(lead).AppendLine(line.Text).AppendLine();
                    html.Append("<p>").Append(Lead(line)).Append(Encode(line.Text)).Append("</p>");
                }
                else
                {
                    if (!inList)
                    {
                        html.Append("<ul>");
                        inList = true;
                    }

                    text.Append(line.Style == ReportLineStyle.NextStep ? "> " : "* ").Append(lead).AppendLine(line.Text);
                    html.Append("<li>").Append(Lead(line)).Append(Encode(line.Text)).Append("</li>");
                }
            }

            if (inList)
            {
                html.Append("</ul>");
            }

            text.AppendLine();
        }

        text.Append("Read it on the web, where each figure says where it came from: ").AppendLine(link.ToString());
        html.Append("<p><a href=\"").Append(Encode(link.ToString())).Append("\">Read it on the web</a>, where each figure says where it came from.</p>");
        return new(document.Title, text.ToString(), html.ToString());
    }

    private static string Lead(ReportLine line) => line.Lead is null ? "" : $"<strong>{Encode(line.Lead)}</strong> ";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
