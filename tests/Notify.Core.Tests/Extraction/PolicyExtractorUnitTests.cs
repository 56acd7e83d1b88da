using Notify.Core.Extraction;
using Notify.Testing;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// Responsible units as the whole extractor emits them: text with no recognised header, bodies outside
/// the directory routed to the issuing office, and no label or topic text glued into a name.
/// </summary>
public sealed class PolicyExtractorUnitTests
{
    // Invented notices in the shapes these tests are about.
    private const string AddresseeExcerpt =
        "各苏木乡镇人民政府，旗直各有关单位：\n" +
        "为做好秋季防火工作，现将有关事项通知如下。\n" +
        "请各苏木乡镇人民政府于2025年9月20日前将隐患排查台账报送旗应急管理局。\n";

    private const string NoticeWithOutsideBodies =
        "包头市卫生健康委员会关于开展健康科普宣传月活动的通知\n" +
        "各旗县区卫生健康委，委属各单位：\n" +
        "1. 2026年5月底前开展健康科普宣传月活动。（牵头单位：市卫健委；协作单位：市科技局、草原晚报社、市广播电视台、市总工会；责任单位：各旗县区人民政府）\n" +
        "2. 道路沿线宣传工作由市交通运输局牵头，2026年6月底前完成展板布设。\n" +
        "包头市卫生健康委员会\n" +
        "2026年4月1日\n";

    private readonly PolicyExtractor _extractor = new();

    [Fact]
    public void ExtractText_ExcerptOpeningWithTheAddresseeLine_TakesTheRequestedSubjectAsLead()
    {
        var result = _extractor.ExtractText(AddresseeExcerpt);

        var item = Assert.Single(result.Items, i => i.Date == new DateOnly(2025, 9, 20));
        Assert.Equal("各苏木乡镇人民政府", Assert.Single(item.LeadUnits).Name);
        Assert.Empty(item.CooperatingUnits);
    }

    [Fact]
    public void ExtractText_LooseTextNamingItsPlace_ResolvesUnitsThere()
    {
        var result = _extractor.ExtractText("扎赉特旗各苏木乡镇人民政府：\n请旗民政局于2025年9月20日前报送材料。\n");

        var lead = Assert.Single(Assert.Single(result.Items).LeadUnits);
        Assert.Equal(("旗民政局", "jalaid.civil-affairs"), (lead.Name, lead.UnitId));
    }

    [Fact]
    public void ExtractText_BodiesOutsideTheDirectory_AreKeptFlaggedAndRoutedToTheIssuer()
    {
        var result = _extractor.ExtractText(NoticeWithOutsideBodies);

        var item = Assert.Single(result.Items, i => i.Date == new DateOnly(2026, 5, 31));
        Assert.Equal(["市科技局", "草原晚报社", "市广播电视台", "市总工会", "各旗县区人民政府"], item.CooperatingUnits.Select(u => u.Name));
        Assert.True(item.NeedsReview);
        Assert.Contains(item.Reasons, r => r.Contains("草原晚报社", StringComparison.Ordinal) && r.Contains("issuing office", StringComparison.Ordinal));
        Assert.Contains(item.Reasons, r => r.Contains("市广播电视台", StringComparison.Ordinal) && r.Contains("issuing office", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_EveryKnownDocument_EmitsNoUnitNameHoldingALabelOrATopic()
    {
        var texts = new List<(string Name, string Text)>
        {
            ("addressee excerpt", AddresseeExcerpt),
            ("outside bodies", NoticeWithOutsideBodies),
        };
        foreach (var folder in new[] { RepositoryPaths.Seeds, RepositoryPaths.Samples, Path.Combine(AppContext.BaseDirectory, "Fixtures") })
        {
            if (Directory.Exists(folder))
            {
                texts.AddRange(Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Select(path => (Path.GetFileName(path), File.ReadAllText(path))));
            }
        }

        var glued = texts
            .SelectMany(text => _extractor.ExtractText(text.Text).Items
                .SelectMany(item => item.LeadUnits.Concat(item.CooperatingUnits))
                .Where(unit => unit.Name.Contains('：', StringComparison.Ordinal) || unit.Name.Contains('由', StringComparison.Ordinal))
                .Select(unit => $"{text.Name}: {unit.Name}"))
            .Distinct()
            .ToList();
        Assert.True(glued.Count == 0, string.Join('\n', glued));
    }
}
