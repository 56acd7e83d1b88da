using Notify.Core.Residents;

namespace Notify.Core.Tests.Residents;

public sealed class ResidentRuleExtractorTests
{
    private readonly ResidentRuleExtractor _extractor = new();

    [Fact]
    public void Extract_ContributionAdjustment_KeepsTheNewAmountForEachGroup()
    {
        var rules = _extractor.Extract("城乡居民医保个人缴费标准：在校学生、学龄前儿童每人每年由100元调整为150元，城镇居民每人每年由255元调整为280元，农牧民每人每年由170元调整为200元。");

        Assert.Equal(
            [
                new AmountRule("在校学生", 150m, "元", "year", "per-person"),
                new AmountRule("学龄前儿童", 150m, "元", "year", "per-person"),
                new AmountRule("城镇居民", 280m, "元", "year", "per-person"),
                new AmountRule("农牧民", 200m, "元", "year", "per-person"),
            ],
            rules.Amounts);
        Assert.Equal(["城乡居民", "在校学生", "学龄前儿童", "城镇居民", "农牧民"], rules.Groups);
        Assert.True(rules.MentionsResidents);
    }

    [Fact]
    public void Extract_BedSubsidy_IsPerBedPerMonth()
    {
        var rules = _extractor.Extract("按实际入住人数每张床位每月给予 100 元的运营补贴。");

        Assert.Equal([new AmountRule(null, 100m, "元", "month", "per-bed")], rules.Amounts);
    }

    [Fact]
    public void Extract_RangeInTenThousands_KeepsBothBoundsInYuan()
    {
        var rules = _extractor.Extract("采取以奖代补的形式每年给予1—5万元的运营补贴。");

        Assert.Equal([new AmountRule(null, 10_000m, "元", "year", null, 50_000m)], rules.Amounts);
    }

    [Fact]
    public void Extract_ConstructionGrantPerBed_IsOnce()
    {
        var rules = _extractor.Extract("对新建的社会办养老服务机构，每张床位给予5000元的建设补贴。");

        Assert.Equal([new AmountRule(null, 5000m, "元", "once", "per-bed")], rules.Amounts);
    }

    [Fact]
    public void Extract_ListOfAllowances_KeepsEveryAmount()
    {
        var rules = _extractor.Extract("取得初级、中级、高级职业资格证书的养老护理员，每人每月分别给予 100 元、300 元和 500 元的岗位津贴。");

        Assert.Equal([100m, 300m, 500m], rules.Amounts.Select(a => a.Amount));
        Assert.All(rules.Amounts, a => Assert.Equal(("month", "per-person"), (a.Period, a.Basis)));
    }

    [Fact]
    public void Extract_GroupInTheClauseBefore_OwnsTheAmount()
    {
        var rules = _extractor.Extract("对年满八十周岁的老年人，每人每月发放高龄津贴100元。");

        Assert.Equal([new AmountRule("80周岁以上", 100m, "元", "month", "per-person")], rules.Amounts);
    }

    [Fact]
    public void Extract_BudgetLine_IsNotAResidentAmount()
    {
        var rules = _extractor.Extract("每年用于居家和社区养老服务的资金，不低于1000万元。");

        Assert.Empty(rules.Amounts);
    }

    [Theory]
    [InlineData("全旗有60周岁及以上户籍老年人口6.4万人，其中80周岁及以上老年人4088人。", "60周岁以上,80周岁以上")]
    [InlineData("为60岁以上老人提供到店购物优惠。", "60周岁以上")]
    [InlineData("年满65周岁的老年人可免费体检。", "65周岁以上")]
    [InlineData("重点满足经济困难的失能半失能老人、高龄独居老人、农村留守老人、空巢老人、重度残疾老人的护理需求。", "经济困难,失能,半失能,高龄,独居,留守,空巢,重度残疾")]
    [InlineData("对纳入分散特困供养以及城乡低保对象中的失能、残疾老年人家庭实施适老化改造。", "特困,低保,失能,残疾人")]
    [InlineData("优先安置计划生育特殊家庭老年人、孤儿和退役军人。", "计划生育特殊家庭,孤儿,退役军人")]
    [InlineData("建档立卡贫困人口和低收入家庭优先享受。", "建档立卡贫困人口,低收入")]
    [InlineData("45周岁以下职工的个人账户划入比例调整为2%。", "")]
    [InlineData("旗残疾人联合会、退役军人事务局按职责分工负责。", "")]
    [InlineData("在城镇居民小区配套建设幼儿园。", "")]
    public void Extract_GroupPhrases_NormalizeToTheClosedVocabulary(string sentence, string expected)
    {
        var groups = _extractor.Extract(sentence).Groups;

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), groups);
        Assert.All(groups, g => Assert.Contains(g, ResidentGroups.All));
    }

    [Theory]
    [InlineData("市民政局牵头负责养老服务联席会议制度。", false)]
    [InlineData("为签约居民提供一站式服务。", true)]
    [InlineData("旗残疾人联合会负责统计。", false)]
    public void Extract_ResidentWords_DecideWhetherResidentsAreAddressed(string sentence, bool expected)
        => Assert.Equal(expected, _extractor.Extract(sentence).MentionsResidents);

    [Fact]
    public void Extract_EmptySentence_IsNone()
        => Assert.Same(ResidentRules.None, _extractor.Extract(""));
}
