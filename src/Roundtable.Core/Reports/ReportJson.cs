using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roundtable.Core.Reports;

// How a version keeps its ReportDocument: JSON with the kinds and styles by name, so a stored
// version still reads if the enums gain members.
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ReportDocument document) => JsonSerializer.Serialize(document, Options);

    public static ReportDocument Read(string json) =>
        JsonSerializer.Deserialize<ReportDocument>(json, Options) ?? throw new InvalidOperationException("A report version holds no document.");
}
