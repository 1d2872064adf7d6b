using Microsoft.AspNetCore.Mvc;
using Roundtable.Core.Csv;

namespace Roundtable.Web.Pages.Communities.Exports;

public static class CsvDownload
{
    // Content-Disposition: attachment, with the file's name, so it is saved rather than shown.
    public static FileContentResult File(CsvFile file) => new(file.Content, CsvExport.ContentType) { FileDownloadName = file.FileName };
}
