using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;

namespace Roundtable.Core.Tests.RunningOrders;

public class RunningOrderTemplatesTests
{
    [Fact]
    public void Stoke_FillsATwoHourSessionInTheGuidesOrder()
    {
        var titles = RunningOrderTemplates.Stoke.Items.Select(i => i.Title).ToList();

        Assert.Equal(120, RunningOrderTemplates.Stoke.Minutes);
        Assert.Equal(12, titles.Count);
        Assert.StartsWith("Meet, greet", titles[0], StringComparison.Ordinal);
        Assert.Equal("Introductions and best hopes", titles[1]);
        Assert.Equal("What's gone well since we last met?", titles[2]);
        Assert.StartsWith("Networking", titles[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Online_IsShorterThanStoke()
    {
        Assert.InRange(RunningOrderTemplates.Online.Minutes, 60, 90);
        Assert.True(RunningOrderTemplates.Online.Minutes < RunningOrderTemplates.Stoke.Minutes);
    }

    [Fact]
    public void All_EachHasOnePresentationOfAtMostFiveMinutes()
    {
        foreach (var template in RunningOrderTemplates.All)
        {
            var presentation = Assert.Single(template.Items, i => i.Kind == RunningOrderItemKind.Presentation);
            Assert.True(presentation.Minutes <= RunningOrderItem.PresentationMaxMinutes, template.Name);
        }
    }

    [Fact]
    public void ItemsFor_Template_NumbersItemsFromOne()
    {
        var sessionId = Guid.NewGuid();

        var items = RunningOrderTemplates.ItemsFor(RunningOrderTemplates.Online, sessionId);

        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.Position));
        Assert.All(items, i => Assert.Equal(sessionId, i.SessionId));
    }

    [Theory]
    [InlineData(120, 120, null)]
    [InlineData(130, 120, "The running order is 10 minutes longer than the session.")]
    [InlineData(121, 120, "The running order is 1 minute longer than the session.")]
    [InlineData(90, 120, "30 minutes of the session are not planned.")]
    [InlineData(119, 120, "1 minute of the session is not planned.")]
    public void Timing_TotalAgainstLength_SaysHowItCompares(int planned, int length, string? problem)
    {
        var timing = new RunningOrderTiming(planned, length);

        Assert.Equal(problem, timing.Problem);
        Assert.Equal(planned > length, timing.RunsOver);
    }

    [Fact]
    public void Fingerprint_ChangesWithAnyPartOfAnyItem()
    {
        var items = RunningOrderTemplates.ItemsFor(RunningOrderTemplates.Stoke, Guid.NewGuid());
        var before = RunningOrderRules.Fingerprint(items);

        items[4].Presenter = "Sam";

        Assert.NotEqual(before, RunningOrderRules.Fingerprint(items));
    }

    [Fact]
    public void Replaces_OnlyARunningOrderThatIsNotTheTemplatesAlready()
    {
        var sessionId = Guid.NewGuid();
        var ownPlan = new List<RunningOrderItem> { new() { SessionId = sessionId, Position = 1, Title = "Our own plan", Minutes = 120 } };

        Assert.False(RunningOrderRules.Replaces([], RunningOrderTemplates.Stoke));
        Assert.False(RunningOrderRules.Replaces(RunningOrderTemplates.ItemsFor(RunningOrderTemplates.Stoke, sessionId), RunningOrderTemplates.Stoke));
        Assert.True(RunningOrderRules.Replaces(RunningOrderTemplates.ItemsFor(RunningOrderTemplates.Online, sessionId), RunningOrderTemplates.Stoke));
        Assert.True(RunningOrderRules.Replaces(ownPlan, RunningOrderTemplates.Stoke));
    }
}
