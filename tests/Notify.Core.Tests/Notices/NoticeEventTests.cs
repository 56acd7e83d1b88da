using Notify.Core.Notices;
using Notify.Core.Scheduling;

namespace Notify.Core.Tests.Notices;

public sealed class NoticeEventTests
{
    private static readonly WindowPeriod Period = new(new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25));

    [Fact]
    public void Of_SamePeriodKindAndProgramWrittenDifferently_IsOneEvent()
    {
        var yearly = NoticeEvent.ForResidents("contribution-window", "城乡居民医保 （2027年度）");
        var oneOff = NoticeEvent.ForResidents("contribution-window", "城乡居民医保(2027年度)");

        Assert.Equal(NoticeEvent.Of(yearly, Occurrence("2026-09-01T00:00Z#opening", Period)), NoticeEvent.Of(oneOff, Occurrence("other", Period)));
    }

    [Fact]
    public void Of_OtherPeriodKindOrProgram_IsAnotherEvent()
    {
        var notice = NoticeEvent.ForResidents("contribution-window", "城乡居民医保");
        var one = NoticeEvent.Of(notice, Occurrence("a", Period));

        Assert.NotEqual(one, NoticeEvent.Of(notice, Occurrence("a", Period with { End = new DateOnly(2027, 2, 26) })));
        Assert.NotEqual(one, NoticeEvent.Of(NoticeEvent.ForResidents("benefit-application", "城乡居民医保"), Occurrence("a", Period)));
        Assert.NotEqual(one, NoticeEvent.Of(NoticeEvent.ForResidents("contribution-window", "居家养老补贴"), Occurrence("a", Period)));
    }

    [Fact]
    public void Of_UnitTasks_AreTheDeadlineAndTheTask()
    {
        var task = NoticeEvent.ForUnits("完成参保人员信息核对");
        var due = new PlannedOccurrence("x", DateTimeOffset.UnixEpoch, "due-3d", new DateOnly(2026, 8, 31), null);

        Assert.Equal("units|完成参保人员信息核对|2026-08-31", NoticeEvent.Of(task, due));
        Assert.NotEqual(NoticeEvent.Of(task, due), NoticeEvent.Of(NoticeEvent.ForUnits("报送进度"), due));
    }

    private static PlannedOccurrence Occurrence(string id, WindowPeriod period) => new(id, DateTimeOffset.UnixEpoch, "opening", period.Start, period);
}
