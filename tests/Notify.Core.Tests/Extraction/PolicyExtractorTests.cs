using System.Text;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Text;
using Notify.Testing;

namespace Notify.Core.Tests.Extraction;

/// <summary>The assembled pipeline on Notify's own sample documents: every item with its line, date, units and groups.</summary>
public sealed class PolicyExtractorTests
{
    private readonly PolicyExtractor _extractor = new();

    [Fact]
    public void Extract_WorkPlan_FindsEveryDatedTaskWithItsUnits()
    {
        var result = _extractor.Extract(Sample("baotou-elderly-care-plan-2026.txt"));

        var document = Assert.Single(result.Documents);
        Assert.Equal(("包府办发〔2026〕31号", new DateOnly(2026, 3, 18), 1), (document.DocNumber, document.Signed, document.Line));
        Assert.Equal("包头市人民政府办公室", document.Issuer);

        var june = Single(result, new DateOnly(2026, 6, 30));
        Assert.Equal((ItemKind.Deadline, 21, "包府办发〔2026〕31号"), (june.Kind, june.Line, june.DocNumber));
        Assert.Equal([new UnitRef("市民政局", "baotou.civil-affairs")], june.LeadUnits);
        Assert.Equal(["市卫健委", "市医疗保障局", "市财政局"], june.CooperatingUnits.Select(u => u.Name));
        Assert.All(june.CooperatingUnits, unit => Assert.NotNull(unit.UnitId));

        var yearEnd = Single(result, new DateOnly(2026, 12, 31));
        Assert.Equal(23, yearEnd.Line);
        Assert.Equal("市民政局", Assert.Single(yearEnd.LeadUnits).Name);
        Assert.Contains("市市场监管局", yearEnd.CooperatingUnits.Select(u => u.Name));
        Assert.Contains("80周岁以上", yearEnd.ResidentGroups);

        var platform = Single(result, new DateOnly(2026, 9, 30));
        Assert.Equal(27, platform.Line);
        Assert.Contains(platform.Notes, note => note.Contains("first-listed", StringComparison.Ordinal));

        var effective = Single(result, new DateOnly(2026, 4, 1));
        Assert.Equal(ItemKind.Effective, effective.Kind);
        Assert.Contains(result.Items, item => item.Kind == ItemKind.Recurring && item.Line == 31);
        Assert.DoesNotContain(result.Items, item => item.Date?.Year == 2024);
    }

    [Fact]
    public void Extract_ContributionNotice_FindsYearlyWindowAmountsAndMonthlyReport()
    {
        var result = _extractor.Extract(Sample("jalaid-medical-insurance-2027.txt"));

        var document = Assert.Single(result.Documents);
        Assert.Equal(("扎医保发〔2026〕9号", new DateOnly(2026, 8, 10)), (document.DocNumber, document.Signed));
        var window = result.Items.First(item => item.Kind == ItemKind.Window);
        Assert.Equal(new DateOnly(2027, 2, 25), window.EndDate);
        Assert.Contains("FREQ=YEARLY", window.Recurrence, StringComparison.Ordinal);
        var amounts = result.Items.SelectMany(item => item.Amounts).ToList();
        Assert.Contains(amounts, a => a.Group == "城镇居民" && a.Amount == 280);
        Assert.Contains(amounts, a => a.Group == "农牧民" && a.Amount == 200);
        var monthly = result.Items.Single(item => item.Recurrence == "FREQ=MONTHLY;BYMONTHDAY=16");
        Assert.Equal(("旗医疗保障局", "jalaid.medical-security"), (monthly.LeadUnits[0].Name, monthly.LeadUnits[0].UnitId));
        Assert.Equal(new DateOnly(2026, 8, 31), Single(result, new DateOnly(2026, 8, 31)).Date);
    }

    [Fact]
    public void Extract_Gb18030File_ReportsEncodingAndSameItems()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = Sample("jalaid-medical-insurance-2027.txt");
        var gb18030 = Encoding.GetEncoding(54936).GetBytes(Encoding.UTF8.GetString(utf8));

        var fromUtf8 = _extractor.Extract(utf8);
        var fromGb = _extractor.Extract(gb18030);

        Assert.Equal("gb18030", fromGb.Encoding);
        Assert.Equal(fromUtf8.Items.Select(i => (i.Line, i.Date, i.Kind)), fromGb.Items.Select(i => (i.Line, i.Date, i.Kind)));
    }

    [Fact]
    public void Extract_NoStructure_ReturnsNoItemsAndSaysWhy()
    {
        var result = _extractor.Extract("今天天气很好，大家一起去公园散步。\n"u8);

        Assert.Empty(result.Documents);
        Assert.Empty(result.Items);
        Assert.Contains(result.Notes, note => note.Contains("No time-bound items", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UnknownUnit_IsKeptAsWrittenFlaggedAndRoutedToTheIssuer()
    {
        const string text = "包府办发〔2026〕40号\n包头市人民政府办公室关于开展专项检查的通知\n各旗、县、区人民政府：\n"
            + "一、2026年10月31日前完成自查。（市星际事务局牵头，市民政局配合）\n包头市人民政府办公室\n2026年9月1日\n";

        var item = Assert.Single(_extractor.Extract(Encoding.UTF8.GetBytes(text)).Items);

        var lead = Assert.Single(item.LeadUnits);
        Assert.Equal(("市星际事务局", null), (lead.Name, lead.UnitId));
        Assert.True(item.NeedsReview);
        Assert.Contains(item.Reasons, reason => reason.Contains("routed to the issuing office", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Binary_ThrowsPolicyTextException()
    {
        var exception = Assert.Throws<PolicyTextException>(() => _extractor.Extract([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37]));

        Assert.Equal(PolicyTextProblem.Binary, exception.Problem);
    }

    [Fact]
    public void Json_ItemShape_HasTheDocumentedFieldsAndFormats()
    {
        var json = ExtractionJson.Serialize(_extractor.Extract(Sample("baotou-elderly-care-plan-2026.txt")));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var item = document.RootElement.GetProperty("items")[0];
        foreach (var field in new[] { "kind", "date", "endDate", "recurrence", "line", "quote", "docNumber", "leadUnits", "cooperatingUnits", "audience", "residentGroups", "amounts", "confidence", "needsReview", "reasons", "dateInferred", "notes" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"items[0] has no '{field}'");
        }

        Assert.Equal("deadline", item.GetProperty("kind").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", item.GetProperty("date").GetString()!);
        Assert.Contains("包府办发〔2026〕31号", json, StringComparison.Ordinal);
    }

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, name));

    private static ExtractedItem Single(ExtractionResult result, DateOnly date) =>
        Assert.Single(result.Items, item => item.Date == date);
}
