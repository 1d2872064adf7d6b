using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Roundtable.Web.Pages.Shared;

// A one-line confirmation shown at the top of the next page ("Community details saved").
public static class Notice
{
    public const string Key = "Notice";

    public static void Notify(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
