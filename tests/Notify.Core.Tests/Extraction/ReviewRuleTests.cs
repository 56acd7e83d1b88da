using System.Text;
using Notify.Core.Extraction;
using Notify.Core.Units;
using Notify.Testing;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// needsReview means something: each cause (a year worked out, a unit outside the directory, a task with no unit, a
/// doubtful timing) gives a reason a reviewer acts on, and an item with none of them needs no review.
/// </summary>
public sealed class ReviewRuleTests
{
    private const string Header = "包府办发〔2022〕17号\n包头市人民政府办公室关于开展冬季安全生产大检查的通知\n";
    private const string Footer = "包头市人民政府办公室\n2022年11月3日\n";

    private readonly PolicyExtractor _extractor = new();

    [Fact]
    public void Extract_YearTakenFromTheDocument_NeedsReviewAndSaysWhereTheYearCameFrom()
    {
        var item = OnlyItem("一、12月20日前完成辖区内燃气场所排查。（市应急管理局牵头）\n");

        Assert.True(item.NeedsReview, "an item whose year was worked out needs review");
        Assert.True(item.DateInferred);
        var reason = Assert.Single(item.Reasons);
        Assert.StartsWith("The year 2022 was taken from the", reason, StringComparison.Ordinal);
        Assert.EndsWith("; check the date.", reason, StringComparison.Ordinal);
        Assert.Equal(ReviewRule.DateInferredCode, ReviewRule.CodeOf(reason));
    }

    [Fact]
    public void Extract_UnitOutsideTheDirectory_NeedsReviewNamingTheUnitTheIssuerAndWhatToDo()
    {
        var item = OnlyItem("一、2022年12月20日前完成辖区内燃气场所排查。（市寒潮应对服务局牵头）\n");

        Assert.True(item.NeedsReview, "an item with a unit outside the directory needs review");
        Assert.Equal(
            ["市寒潮应对服务局 is not in the unit directory: it will be routed to the issuing office (包头市人民政府办公室) — pick a unit or add it to the directory."],
            item.Reasons);
    }

    [Fact]
    public void Extract_TaskWithoutAUnit_NeedsReviewAskingForTheResponsibleUnit()
    {
        var item = OnlyItem("一、2022年12月20日前完成辖区内燃气场所排查整改。\n");

        Assert.Equal(ItemAudience.Units, item.Audience);
        Assert.True(item.NeedsReview, "a task nobody is named for needs review");
        Assert.Equal([ReviewRule.NoUnitReason], item.Reasons);
    }

    [Fact]
    public void Extract_VagueTiming_NeedsReviewQuotingTheDoubtAndSayingWhatToSet()
    {
        var item = OnlyItem("一、各旗县区要定期报送燃气场所排查进展。（市应急管理局牵头）\n");

        var reason = Assert.Single(item.Reasons);
        Assert.Contains("定期", reason, StringComparison.Ordinal);
        Assert.Contains("set the date, end date or recurrence", reason, StringComparison.Ordinal);
        Assert.Equal(ReviewRule.TimingDoubtCode, ReviewRule.CodeOf(reason));
    }

    [Fact]
    public void Extract_FullDateAndKnownUnits_NeedsNoReviewAndKeepsHowItWasReadAsNotes()
    {
        var item = OnlyItem("一、2022年12月20日前完成辖区内燃气场所排查。（市应急管理局、市住建局按职责分工负责）\n");

        Assert.False(item.NeedsReview, string.Join(" | ", item.Reasons));
        Assert.Empty(item.Reasons);
        Assert.False(item.DateInferred);
        Assert.Contains(UnitAssignment.FirstListedConvention, item.Notes);
    }

    [Fact]
    public void Extract_EverySampleAndSeed_GivesEachCauseItsReasonAndNeedsReviewOnlyWithOne()
    {
        var files = Directory.GetFiles(RepositoryPaths.Samples, "*.txt")
            .Concat(Directory.Exists(RepositoryPaths.Seeds) ? Directory.GetFiles(RepositoryPaths.Seeds, "*.txt") : []);
        foreach (var item in files.SelectMany(file => _extractor.Extract(File.ReadAllBytes(file)).Items))
        {
            var codes = item.Reasons.Select(ReviewRule.CodeOf).ToList();
            Assert.Equal(item.Reasons.Count > 0, item.NeedsReview);
            Assert.Equal(item.DateInferred, codes.Contains(ReviewRule.DateInferredCode));
            foreach (var unknown in item.LeadUnits.Concat(item.CooperatingUnits).Where(unit => unit.UnitId is null))
            {
                Assert.Contains(item.Reasons, reason => reason.StartsWith(unknown.Name + " is not in the unit directory", StringComparison.Ordinal));
            }
        }
    }

    private ExtractedItem OnlyItem(string body) =>
        Assert.Single(_extractor.Extract(Encoding.UTF8.GetBytes(Header + body + Footer)).Items);
}
