namespace Roundtable.Core.Data.Entities;

// How a brokered connection went, in the order it usually goes; any step may follow any other.
public enum ConnectionStatus
{
    Introduced = 0,
    InTouch = 1,
    WorkingTogether = 2,
    Ended = 3,
}
