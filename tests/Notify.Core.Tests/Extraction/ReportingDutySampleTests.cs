using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Testing;

namespace Notify.Core.Tests.Extraction;

/// <summary>The third sample, a monthly reporting duty: every 旗县区 reports its contribution progress by the 5th, plus a quarterly summary.</summary>
public sealed class ReportingDutySampleTests
{
    private const string DocNumber = "包医保发〔2026〕27号";

    private readonly ExtractionResult _result =
        new PolicyExtractor().Extract(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "baotou-insurance-progress-reporting-2026.txt")));

    [Fact]
    public void Extract_ReportingNotice_FindsTheDocumentWithIssuerDateAndAddressees()
    {
        var document = Assert.Single(_result.Documents);

        Assert.Equal((DocNumber, new DateOnly(2026, 8, 20), 1), (document.DocNumber, document.Signed, document.Line));
        Assert.Equal("包头市医疗保障局", document.Issuer);
        Assert.Contains("参保缴费进度报送", document.Title, StringComparison.Ordinal);
        Assert.Contains("稀土高新区医疗保障局", document.Addressees);
        Assert.True(document.Public);
    }

    [Fact]
    public void Extract_ReportingNotice_FindsTheMonthlyReportDueOnTheFifthForEveryCounty()
    {
        var monthly = Assert.Single(_result.Items, item => item.Recurrence == "FREQ=MONTHLY;BYMONTHDAY=5");

        Assert.Equal((ItemKind.Recurring, 15, DocNumber, ItemAudience.Units), (monthly.Kind, monthly.Line, monthly.DocNumber, monthly.Audience));
        Assert.Equal([new UnitRef("各旗县区", "baotou.counties")], monthly.LeadUnits);
        Assert.False(monthly.NeedsReview);
    }

    [Fact]
    public void Extract_ReportingNotice_FindsTheQuarterlySummaryDueOnTheTenthOfEachQuarter()
    {
        var quarterly = Assert.Single(_result.Items, item => item.Line == 17);

        Assert.Equal((ItemKind.Recurring, "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"), (quarterly.Kind, quarterly.Recurrence));
        Assert.Equal("baotou.counties", Assert.Single(quarterly.LeadUnits).UnitId);
        Assert.Equal(ItemAudience.Units, quarterly.Audience);
    }

    [Fact]
    public void Extract_ReportingNotice_FindsTheYearEndSummaryDeadlineAndNothingElse()
    {
        var summary = Assert.Single(_result.Items, item => item.Kind == ItemKind.Deadline);

        Assert.Equal((new DateOnly(2027, 3, 15), 19), (summary.Date, summary.Line));
        Assert.Equal("baotou.counties", Assert.Single(summary.LeadUnits).UnitId);
        Assert.Equal(3, _result.Items.Count);
    }
}
