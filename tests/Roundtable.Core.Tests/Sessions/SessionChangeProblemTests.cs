using Roundtable.Core.Sessions;

namespace Roundtable.Core.Tests.Sessions;

// What an editor is told when they ask for fewer places than are booked, on the edit page and in the API.
public class SessionChangeProblemTests
{
    [Theory]
    [InlineData(1, "1 person is already booked: capacity must be at least 1")]
    [InlineData(12, "12 people are already booked: capacity must be at least 12")]
    public void Problem_CapacityBelowBooked_GivesTheCount(int booked, string expected) =>
        Assert.Equal(expected, new SessionSchedule.Change(SessionSchedule.Outcome.CapacityBelowBooked, null, booked).Problem);

    [Fact]
    public void Problem_Saved_IsNone() =>
        Assert.Null(new SessionSchedule.Change(SessionSchedule.Outcome.Saved, null).Problem);
}
