using System.Globalization;
using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

/// <summary>A whole notice written for these tests, labelled by hand line by line before the extractor ran on it.</summary>
public sealed class FixtureDocumentTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Items");

    [Fact]
    public void Extract_SafetyInspectionNotice_FindsEveryLabelledItemAndNothingElse()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "safety-inspection-notice.txt"));
        var context = new TimeContext(new DateOnly(2024, 3, 20), 2024);
        var extractor = new TimeExpressionExtractor();

        var found = lines
            .SelectMany((line, index) => extractor.Extract(line, context).Select(m => Describe(index + 1, m.Kind, m.Date, m.EndDate, m.Recurrence)))
            .ToList();

        Assert.Equal(Labels("safety-inspection-notice.labels.tsv"), found);
    }

    private static List<string> Labels(string file)
        => [.. File.ReadLines(Path.Combine(Folder, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => Describe(
                int.Parse(c[0], CultureInfo.InvariantCulture),
                Enum.Parse<ItemKind>(c[1]),
                c[2] == "-" ? null : DateOnly.Parse(c[2], CultureInfo.InvariantCulture),
                c[3] == "-" ? null : DateOnly.Parse(c[3], CultureInfo.InvariantCulture),
                c[4] == "-" ? null : c[4]))];

    private static string Describe(int line, ItemKind kind, DateOnly? date, DateOnly? end, string? recurrence)
        => string.Create(CultureInfo.InvariantCulture, $"{line} {kind} {date:yyyy-MM-dd} {end:yyyy-MM-dd} {recurrence}");
}
