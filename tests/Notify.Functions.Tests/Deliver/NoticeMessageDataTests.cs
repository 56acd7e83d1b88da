using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;

namespace Notify.Functions.Tests.Deliver;

public sealed class NoticeMessageDataTests
{
    private static readonly DateOnly Deadline = new(2026, 8, 31);

    [Theory]
    [InlineData(2026, 8, 24, 7)]
    [InlineData(2026, 8, 31, 0)]
    [InlineData(2026, 9, 8, -8)]
    public void DaysRemaining_CountsDownToTheDateAndBelowZeroOnceItHasPassed(int year, int month, int day, int expected)
    {
        var occurrence = new PlannedOccurrence("due+8d", DateTimeOffset.UnixEpoch, "overdue", Deadline, null);
        var notice = new Notice("p-i00001", "p", NoticeKinds.UnitOverdue, ItemAudience.Units, new ResidentAudience(), false, ["jalaid.finance"],
            new Dictionary<string, string>(), new Dictionary<string, decimal>(), [occurrence], NoticeStates.Active);
        var recipient = new FanOutRecipient("jalaid.finance", "扎赉特旗财政局", new Dictionary<string, string>(), ["wecom"], [], "zh", null);

        var data = NoticeMessageData.For(notice, occurrence, recipient, new DateOnly(year, month, day), ackUrl: null);

        Assert.Equal(expected, data["daysRemaining"]);
    }
}
