using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// A district plan written after the extractor was built and labelled by hand before it was first
/// run: the check that the rules carry over to a document nobody tuned them on.
/// </summary>
public sealed class HeldOutDocumentTests
{
    private static readonly (int Line, string Date)[] DatedLabels =
    [
        (16, "2025-12-31"), (18, "2025-05-15"), (19, "2025-09-30"), (19, "2025-10-31"),
        (22, "2025-12-20"), (24, "2025-07-01"), (26, "2026-01-31"), (28, "2025-04-07"),
    ];

    private readonly ExtractionResult _result = new PolicyExtractor().Extract(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction", "kundulun-meal-service-plan.txt")));

    [Fact]
    public void Extract_DatedItems_MatchTheLabelsExactly()
    {
        var found = _result.Items
            .Where(item => item.Date is not null)
            .Select(item => (item.Line, item.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Order();

        Assert.Equal(DatedLabels.Order(), found);
    }

    [Fact]
    public void Extract_Document_HasNumberTitleAcrossTwoLinesAndSigningDate()
    {
        var document = Assert.Single(_result.Documents);

        Assert.Equal("昆府办发〔2025〕22号", document.DocNumber);
        Assert.Equal("包头市昆都仑区人民政府办公室关于印发昆都仑区2025年老年人助餐服务工作实施方案的通知", document.Title);
        Assert.Equal(new DateOnly(2025, 4, 7), document.Signed);
    }

    [Fact]
    public void Extract_Units_FollowParentheticalBlockAndSubjectRules()
    {
        Assert.Equal(["区民政局"], Units(18).Lead);
        Assert.Equal(["区民政局"], Units(19).Lead);
        Assert.Equal(["区财政局", "区市场监管局", "区卫健委"], Units(19).Cooperating);
        Assert.Equal(["区民政局"], Units(22).Lead);
        Assert.Equal(["区财政局"], Units(24).Lead);
        Assert.Equal(["区民政局"], Units(24).Cooperating);
        Assert.All(_result.Items.SelectMany(item => item.LeadUnits.Concat(item.CooperatingUnits)),
            unit => Assert.StartsWith("baotou.", unit.UnitId, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Recurrences_MonthlyReportAndQuarterlyInspection()
    {
        Assert.Contains(_result.Items, item => item.Line == 26 && item.Recurrence == "FREQ=MONTHLY;BYMONTHDAY=5");
        Assert.Contains(_result.Items, item => item.Line == 25 && item.Kind == ItemKind.Recurring);
    }

    [Fact]
    public void Extract_LookAlikes_StatisticAndCitedPlanYieldNothing()
    {
        Assert.DoesNotContain(_result.Items, item => item.Line == 27);
    }

    private (string[] Lead, string[] Cooperating) Units(int line)
    {
        var item = _result.Items.First(item => item.Line == line && item.Date is not null);
        return ([.. item.LeadUnits.Select(u => u.Name)], [.. item.CooperatingUnits.Select(u => u.Name)]);
    }
}
