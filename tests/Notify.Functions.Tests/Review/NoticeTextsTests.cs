using Microsoft.Extensions.Configuration;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Functions.Ingest;
using Notify.Functions.Notices;
using Notify.Functions.Review;

namespace Notify.Functions.Tests.Review;

public sealed class NoticeTextsTests
{
    private const string LongTitle = "扎赉特旗医疗保障局关于做好2027年度城乡居民基本医疗保险集中参保缴费工作的通知";
    private static readonly NoticeTexts Texts = new(new ConfigurationBuilder().Build());
    private static readonly PolicyRecord Policy = new()
    {
        Id = "p1", Title = LongTitle, Issuer = "扎赉特旗医疗保障局", ContentType = "text/plain", SizeBytes = 1, Sha256 = "", SourceBlob = "",
        Status = PolicyStatus.Parsed, ReceivedAt = DateTimeOffset.UnixEpoch, StatusChangedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void For_ApprovedDecisions_GivesTheirProgramNameAndTask()
    {
        var values = Texts.For(Policy, Item("各苏木乡镇要于2026年8月31日前完成参保人员信息核对。", ItemAudience.Units),
            new ItemDecisions(ProgramName: "城乡居民医保缴费", Task: "核对参保人员信息"));

        Assert.Equal("城乡居民医保缴费", values["programName"]);
        Assert.Equal("城乡居民医保缴费", values["benefitName"]);
        Assert.Equal("核对参保人员信息", values["task"]);
        Assert.Equal("核对参保人员信息", values["itemTitle"]);
        Assert.Equal("核对参保人员信息", values["reportName"]);
        Assert.Equal("扎赉特旗医疗保障局", values["senderName"]);
    }

    [Fact]
    public void For_NoDecisions_SuggestsFromTheTextAndNeverCutsTheTitleOrQuote()
    {
        var quote = "各苏木乡镇要于2026年8月31日前完成参保人员信息核对，每月16日前将上月参保缴费进度报送旗医疗保障局。";

        var values = Texts.For(Policy, Item(quote, ItemAudience.Units));

        Assert.Equal("完成参保人员信息核对", values["task"]);
        Assert.Equal("2027年度城乡居民医保缴费", values["programName"]);
        Assert.DoesNotContain("…", values["programName"], StringComparison.Ordinal);
        Assert.DoesNotContain("…", values["task"], StringComparison.Ordinal);
    }

    private static ExtractedItem Item(string quote, ItemAudience audience) =>
        new(ItemKind.Deadline, new DateOnly(2026, 8, 31), null, null, 17, quote, "扎医保发〔2026〕9号", [], [], audience, [], [], 0.9, []);
}
