using System.Text;
using System.Text.RegularExpressions;
using Notify.Core.Text;
using Notify.Core.Units;
using Xunit.Abstractions;

namespace Notify.Core.Tests.Units;

/// <summary>
/// Scores the locator against hand-labelled lines of the shared seed documents (when they are present),
/// reading each seed naively: one logical line per non-empty source line.
/// </summary>
public partial class SeedResponsibleUnitsTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.9;

    [Fact]
    public void Locate_HandLabelledSeedLines_ReachTheF1Target()
    {
        var seeds = FindSeedsFolder();
        if (seeds is null)
        {
            return;
        }

        var locator = new ResponsibleUnitLocator();
        var score = new Score();
        var misses = new List<string>();
        foreach (var group in ReadLabels().GroupBy(l => l.Seed))
        {
            var path = Directory.GetFiles(seeds, group.Key + "_*.txt").Single();
            var lines = ReadNaively(path);
            var map = locator.Locate(lines, null);
            var fileScore = new Score();
            foreach (var label in group)
            {
                var index = lines.FindIndex(l => l.SourceLine == label.SourceLine);
                Assert.True(index >= 0, $"{group.Key}:{label.SourceLine} is not a non-empty line");
                var found = map.For(index, 0);
                var predicted = Roles(found.Lead.Select(u => u.Name), found.Cooperating.Select(u => u.Name));
                var expected = Roles(label.Lead, label.Cooperating);
                fileScore.Add(expected, predicted);
                if (!expected.SetEquals(predicted))
                {
                    misses.Add($"{group.Key}:{label.SourceLine} expected [{string.Join(' ', expected.Order())}] got [{string.Join(' ', predicted.Order())}]");
                }
            }

            output.WriteLine($"{Path.GetFileName(path)}: {group.Count()} labelled lines, {fileScore}");
            score.Add(fileScore);
        }

        output.WriteLine($"all seeds: {score}");
        misses.ForEach(output.WriteLine);
        Assert.True(score.F1 >= RequiredF1, $"F1 {score.F1:0.000} below {RequiredF1}:\n{string.Join('\n', misses)}");
    }

    private static HashSet<string> Roles(IEnumerable<string> lead, IEnumerable<string> cooperating) =>
        [.. lead.Select(n => "lead:" + n).Concat(cooperating.Select(n => "coop:" + n))];

    private static List<NormalizedLine> ReadNaively(string path)
    {
        var lines = new List<NormalizedLine>();
        var source = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < source.Length; i++)
        {
            var text = SpaceBetweenCjk().Replace(source[i], string.Empty).Trim();
            if (text.Length > 0)
            {
                lines.Add(new NormalizedLine(text, [(0, i + 1)]));
            }
        }

        return lines;
    }

    private static IEnumerable<SeedLabel> ReadLabels()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Units", "seed-labels.txt");
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|');
            yield return new SeedLabel(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), Names(fields[2]), Names(fields[3]));
        }

        static string[] Names(string field) => field.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string? FindSeedsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notify.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "seeds"));
                return Directory.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[ \u3000]+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenCjk();

    private sealed record SeedLabel(string Seed, int SourceLine, string[] Lead, string[] Cooperating);

    private sealed class Score
    {
        private int _truePositives;
        private int _falsePositives;
        private int _falseNegatives;

        public double F1 => _truePositives == 0 ? 0 : 2.0 * _truePositives / ((2 * _truePositives) + _falsePositives + _falseNegatives);

        public void Add(HashSet<string> expected, HashSet<string> predicted)
        {
            var hits = expected.Count(predicted.Contains);
            _truePositives += hits;
            _falsePositives += predicted.Count - hits;
            _falseNegatives += expected.Count - hits;
        }

        public void Add(Score other)
        {
            _truePositives += other._truePositives;
            _falsePositives += other._falsePositives;
            _falseNegatives += other._falseNegatives;
        }

        public override string ToString()
        {
            var precision = _truePositives + _falsePositives == 0 ? 1 : (double)_truePositives / (_truePositives + _falsePositives);
            var recall = _truePositives + _falseNegatives == 0 ? 1 : (double)_truePositives / (_truePositives + _falseNegatives);
            return $"precision {precision:0.000}, recall {recall:0.000}, F1 {F1:0.000} (units with their role)";
        }
    }
}
