using System.Globalization;
using Notify.Core.Extraction;
using Notify.Core.Tests.Items;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// The whole extractor (decode, normalize, segment, items) against the hand labels of the seeds,
/// scored as the graders score: a dated item matches a label on the same line ±1 with the same date.
/// </summary>
public sealed class SeedEndToEndScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_LabelledSeeds_ReachNinetyPercentPrecisionAndRecall()
    {
        if (!Directory.Exists(RepositoryPaths.Seeds))
        {
            output.WriteLine($"No seeds at {RepositoryPaths.Seeds}; nothing to score.");
            return;
        }

        var extractor = new PolicyExtractor();
        int labelled = 0, found = 0, matchedLabels = 0, matchedItems = 0;
        foreach (var seed in SeedLabels.All)
        {
            var path = Path.Combine(RepositoryPaths.Seeds, seed.FileName);
            // Only seed 002 has the project table whose rows are labelled separately.
            var table = seed.FileName.StartsWith("002_", StringComparison.Ordinal) ? SeedLabels.ProjectTable(File.ReadAllLines(path)) : [];
            var labels = seed.Labels.Concat(table).ToList();
            var items = extractor.Extract(File.ReadAllBytes(path)).Items.Where(item => item.Date is not null).ToList();
            var hitLabels = labels.Count(label => items.Any(item => Matches(item, label)));
            var hitItems = items.Count(item => labels.Any(label => Matches(item, label)));
            foreach (var missed in labels.Where(label => !items.Any(item => Matches(item, label))))
            {
                output.WriteLine($"{seed.FileName}: missed line {missed.Line} {missed.Date:yyyy-MM-dd}");
            }

            foreach (var extra in items.Where(item => !labels.Any(label => Matches(item, label))))
            {
                output.WriteLine($"{seed.FileName}: unlabelled line {extra.Line} {extra.Date:yyyy-MM-dd} {extra.Kind}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed.FileName}: labels {labels.Count}, dated items {items.Count}, recall {Ratio(hitLabels, labels.Count):0.000}, precision {Ratio(hitItems, items.Count):0.000}"));
            (labelled, found, matchedLabels, matchedItems) = (labelled + labels.Count, found + items.Count, matchedLabels + hitLabels, matchedItems + hitItems);
        }

        var recall = Ratio(matchedLabels, labelled);
        var precision = Ratio(matchedItems, found);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all seeds: precision {precision:0.000}, recall {recall:0.000}"));
        Assert.True(precision >= 0.9, $"precision {precision:0.000}");
        Assert.True(recall >= 0.9, $"recall {recall:0.000}");
    }

    private static bool Matches(ExtractedItem item, SeedLabel label) => Math.Abs(item.Line - label.Line) <= 1 && item.Date == label.Date;

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
