using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

public sealed class TimeExpressionExtractorTests
{
    /// <summary>A line under "（二）推进实施阶段（2024年3月—8月）" of a plan signed 2024-02-01.</summary>
    private static readonly TimeContext InStage = new(new DateOnly(2024, 2, 1), 2024)
    {
        Block = new BlockPeriod(ItemKind.Window, new DateOnly(2024, 3, 1), new DateOnly(2024, 8, 31), "（二）推进实施阶段（2024年3月—8月）", IsStage: true),
    };

    private readonly TimeExpressionExtractor _extractor = new();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in TimeExpressionCase.Rows())
        {
            data.Add(columns[0], columns[1], columns[2], columns[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_FixtureLine_FindsExactlyTheExpectedMentions(string text, string signing, string year, string expected)
    {
        var fixture = TimeExpressionCase.Parse(text, signing, year, expected);

        var mentions = _extractor.Extract(fixture.Text, fixture.Context);

        var actual = string.Join(" | ", mentions.Select(ExpectedMention.Describe));
        Assert.True(mentions.Count == fixture.Expected.Count, $"expected [{string.Join(" | ", fixture.Expected)}] but found [{actual}]");
        for (var i = 0; i < mentions.Count; i++)
        {
            Assert.True(fixture.Expected[i].Matches(mentions[i]), $"mention {i}: expected {fixture.Expected[i]} but found [{actual}]");
        }
    }

    [Fact]
    public void Extract_Fixture_HasEightyCasesOrMore()
        => Assert.True(TimeExpressionCase.Rows().Count() >= 80);

    [Fact]
    public void Extract_SpacedDate_PointsAtTheExpressionInTheOriginalText()
    {
        const string text = "各地要力争在 2023 年 10 月底前，完成信息采集。";

        var mention = Assert.Single(_extractor.Extract(text, new TimeContext(new DateOnly(2023, 6, 15), 2023)));

        Assert.Equal("2023 年 10 月底", text.Substring(mention.Start, mention.Length));
        Assert.Equal(text, text.Substring(mention.SentenceStart, mention.SentenceLength));
        Assert.Equal(Commitment.Soft, mention.Commitment);
        Assert.False(mention.Inferred);
    }

    [Fact]
    public void Extract_SeveralSentences_QuotesTheSentenceHoldingEachDate()
    {
        const string text = "第一句没有日期。2023年6月底前要出台方案。年底前基本建成平台。";

        var mentions = _extractor.Extract(text, new TimeContext(new DateOnly(2023, 6, 25), 2023));

        Assert.Equal(["2023年6月底前要出台方案。", "年底前基本建成平台。"], mentions.Select(m => text.Substring(m.SentenceStart, m.SentenceLength)));
    }

    [Fact]
    public void Extract_YearFromContext_IsInferredWithAReason()
    {
        var mention = Assert.Single(_extractor.Extract("年底前完成全部任务。", new TimeContext(new DateOnly(2023, 6, 25), 2023)));

        Assert.True(mention.Inferred);
        Assert.Contains(mention.Reasons, r => r.Contains("2023", StringComparison.Ordinal));
        Assert.InRange(mention.Confidence, 0.5, 0.9);
    }

    [Fact]
    public void Extract_YearFromContextWithoutAnyContext_StaysNullAndNeedsReview()
    {
        var mention = Assert.Single(_extractor.Extract("年底前完成全部任务。", TimeContext.None));

        Assert.Null(mention.Date);
        Assert.True(mention.NeedsReview);
    }

    [Fact]
    public void Extract_RelativeToSigning_NamesTheSigningDate()
    {
        var mention = Assert.Single(_extractor.Extract("本通知自印发之日起施行。", new TimeContext(new DateOnly(2019, 12, 13), null)));

        Assert.Equal(ItemKind.Effective, mention.Kind);
        Assert.Equal(new DateOnly(2019, 12, 13), mention.Date);
        Assert.True(mention.Inferred);
        Assert.Contains("relative to signing date 2019-12-13", mention.Reasons);
    }

    [Fact]
    public void Extract_VagueTiming_NamesTheWordAndGivesNoDate()
    {
        var mention = Assert.Single(_extractor.Extract("各地区要定期通报工作进展情况。", TimeContext.None));

        Assert.Null(mention.Date);
        Assert.True(mention.NeedsReview);
        Assert.Contains("vague timing: 定期", mention.Reasons);
    }

    [Fact]
    public void Extract_AtLeastTwiceAYear_SaysSoInTheReasons()
    {
        var mention = Assert.Single(_extractor.Extract("旗政府常务会议每年至少两次专题研究医共体建设。", TimeContext.None));

        Assert.Equal("FREQ=YEARLY", mention.Recurrence);
        Assert.Contains("at least 2 times a year", mention.Reasons);
    }

    [Fact]
    public void Extract_TableRowWithAYearCell_DueByThatYearsEndAndUsesItForMonths()
    {
        const string row = "17\t工业污染治理\t某钢铁公司\t脱硫改造工程\t6月底前完成一期改造，年底前完成二期方案。\t2019年\t3000\t昆区";

        var mentions = _extractor.Extract(row, new TimeContext(new DateOnly(2018, 12, 5), 2018));

        Assert.Equal([new DateOnly(2019, 6, 30), new DateOnly(2019, 12, 31)], mentions.Select(m => m.Date!.Value).Order());
        Assert.Contains(mentions, m => row.Substring(m.Start, m.Length) == "2019年" && m.NeedsReview);
    }

    [Fact]
    public void Extract_TableRowWithoutAYear_FindsNothing()
    {
        const string row = "92\t工业污染治理\t各旗县区政府\t工业园区环境治理项目\t完善园区扬尘治理措施。\t持续开展\t\t昆区";

        Assert.Empty(_extractor.Extract(row, new TimeContext(new DateOnly(2018, 12, 5), 2018)));
    }

    [Fact]
    public void Extract_TaskLineUnderAStage_TakesTheStageWindowForReview()
    {
        var mention = Assert.Single(_extractor.Extract("2.各旗县要完成问题销号。", InStage));

        Assert.Equal((ItemKind.Window, new DateOnly(2024, 3, 1), new DateOnly(2024, 8, 31)), (mention.Kind, mention.Date, mention.EndDate));
        Assert.True(ReviewRule.IsInferred(mention), "a period taken from the stage heading is inferred, so the item needs review");
        Assert.Contains("period taken from the stage heading '（二）推进实施阶段（2024年3月—8月）'", mention.Reasons);
    }

    [Theory]
    [InlineData("1.前期已完成问题摸底。")]
    [InlineData("责任单位：各旗县人民政府。")]
    [InlineData("（一）加强组织领导")]
    public void Extract_NoTaskUnderAStage_TakesNothing(string text)
    {
        Assert.Empty(_extractor.Extract(text, InStage));
    }

    [Fact]
    public void Extract_LineWithItsOwnDateUnderAStage_KeepsItsOwnDate()
    {
        var mention = Assert.Single(_extractor.Extract("各旗县要于5月底前完成问题销号。", InStage));

        Assert.Equal((ItemKind.Deadline, new DateOnly(2024, 5, 31)), (mention.Kind, mention.Date));
    }

    [Fact]
    public void Extract_EmptyOrBlank_FindsNothing()
    {
        Assert.Empty(_extractor.Extract("", TimeContext.None));
        Assert.Empty(_extractor.Extract("   ", TimeContext.None));
    }
}
