using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Connections;

public static class ConnectionWords
{
    public static string Label(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Introduced => "Introduced",
        ConnectionStatus.InTouch => "In touch",
        ConnectionStatus.WorkingTogether => "Working together",
        _ => "Ended",
    };

    public static string Brokered(int count) => count == 1 ? "1 connection brokered" : $"{count} connections brokered";
}
