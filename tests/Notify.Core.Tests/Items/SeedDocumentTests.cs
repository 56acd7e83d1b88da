using System.Globalization;
using Notify.Core.Items;
using Xunit.Abstractions;

namespace Notify.Core.Tests.Items;

/// <summary>
/// Runs the extractor over ../shared/seeds split naively into lines (nothing re-joined, no normalization)
/// and scores it against the hand labels: a found item matches a label on the same line ±1 with the same date.
/// </summary>
public sealed class SeedDocumentTests(ITestOutputHelper output)
{
    private readonly TimeExpressionExtractor _extractor = new();

    [Fact]
    public void Extract_HandLabelledSeeds_ReachesNinetyPercentPrecisionAndRecall()
    {
        var folder = SeedDocument.FindSeedFolder();
        if (folder is null)
        {
            output.WriteLine("../shared/seeds not found; nothing to score.");
            return;
        }

        var prose = new Score();
        var withTable = new Score();
        foreach (var seed in SeedLabels.All)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, seed.FileName));
            var found = Found(seed, lines);
            var inTable = seed.FileName.StartsWith("002", StringComparison.Ordinal);
            var table = inTable ? SeedLabels.ProjectTable(lines).ToList() : [];
            var proseFound = found.Where(f => !InTable(inTable, f.Line)).ToList();

            var seedScore = Score.Of(seed.Labels, proseFound);
            prose.Add(seedScore);
            withTable.Add(Score.Of([.. seed.Labels, .. table], found));
            Print(seed, lines, found, seedScore);
        }

        output.WriteLine($"prose: {prose}");
        output.WriteLine($"prose and the project table of seed 002: {withTable}");
        Assert.True(prose.Precision >= 0.9, $"precision {prose.Precision:0.000}");
        Assert.True(prose.Recall >= 0.9, $"recall {prose.Recall:0.000}");
        Assert.True(withTable.Precision >= 0.9 && withTable.Recall >= 0.9, withTable.ToString());
    }

    private static bool InTable(bool inTable, int line)
        => inTable && line >= SeedLabels.ProjectTableFirstLine && line <= SeedLabels.ProjectTableLastLine;

    private List<(int Line, TimeMention Mention)> Found(SeedDocument seed, string[] lines)
    {
        var found = new List<(int Line, TimeMention Mention)>();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var mention in _extractor.Extract(lines[i], seed.ContextAt(i + 1)))
            {
                found.Add((i + 1, mention));
            }
        }

        return found;
    }

    private void Print(SeedDocument seed, string[] lines, List<(int Line, TimeMention Mention)> found, Score score)
    {
        output.WriteLine($"== {seed.FileName}: {score}");
        foreach (var (line, mention) in found)
        {
            var quote = lines[line - 1].Substring(mention.Start, mention.Length);
            var dated = mention.Date is { } date && seed.Labels.Any(l => Math.Abs(l.Line - line) <= 1 && l.Date == date) ? "labelled" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{line,5} {mention.Kind,-9} {mention.Date:yyyy-MM-dd} {mention.EndDate:yyyy-MM-dd} {mention.Recurrence} {(mention.NeedsReview ? "needs review" : "")} {dated} 「{quote}」 {string.Join("; ", mention.Reasons)}"));
        }

        foreach (var missed in score.Missed)
        {
            output.WriteLine($"  missed: line {missed.Line} {missed.Date:yyyy-MM-dd}");
        }
    }

    /// <summary>Matches found dated items to labels greedily (same line ±1, same date).</summary>
    private sealed class Score
    {
        public int Labels { get; private set; }

        public int Found { get; private set; }

        public int Matched { get; private set; }

        public List<SeedLabel> Missed { get; } = [];

        public double Precision => Found == 0 ? 1 : (double)Matched / Found;

        public double Recall => Labels == 0 ? 1 : (double)Matched / Labels;

        public static Score Of(IReadOnlyList<SeedLabel> labels, IEnumerable<(int Line, TimeMention Mention)> found)
        {
            var dated = found.Where(f => f.Mention.Date is not null).Select(f => new SeedLabel(f.Line, f.Mention.Date!.Value)).ToList();
            var score = new Score { Labels = labels.Count, Found = dated.Count };
            var unmatched = new List<SeedLabel>(dated);
            foreach (var label in labels)
            {
                var hit = unmatched.FindIndex(d => d.Date == label.Date && d.Line == label.Line);
                hit = hit >= 0 ? hit : unmatched.FindIndex(d => d.Date == label.Date && Math.Abs(d.Line - label.Line) <= 1);
                if (hit >= 0)
                {
                    unmatched.RemoveAt(hit);
                    score.Matched++;
                }
                else
                {
                    score.Missed.Add(label);
                }
            }

            return score;
        }

        public void Add(Score other)
        {
            Labels += other.Labels;
            Found += other.Found;
            Matched += other.Matched;
        }

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"labels {Labels}, found {Found}, matched {Matched}, precision {Precision:0.000}, recall {Recall:0.000}");
    }
}
