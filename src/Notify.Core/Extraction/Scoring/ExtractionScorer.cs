using System.Globalization;
using Notify.Core.Items;
using Notify.Core.Units;

namespace Notify.Core.Extraction.Scoring;

/// <summary>
/// Scores one extraction against its hand labels as <c>docs/extraction-labelling.md</c> says: an item with a date or a
/// recurrence matches a label on the same line ±1 with the same recurrence (recurring labels) or the same date and end;
/// units are compared over matched pairs, by directory id where both resolve, else by name.
/// </summary>
public sealed class ExtractionScorer(UnitResolver resolver)
{
    private const int LineTolerance = 1;

    public DocumentScore Score(string name, LabelFile labels, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(result);
        var items = result.Items.Where(item => item.Date is not null || item.Recurrence is not null).ToList();
        var jurisdiction = JurisdictionOf(result);
        var pairs = Match(labels.Items, items);
        var units = pairs.Aggregate((Right: 0, Extra: 0, Missed: 0), (sum, pair) =>
        {
            var (right, extra, missed) = CompareUnits(pair.Label, pair.Item, jurisdiction);
            return (sum.Right + right, sum.Extra + extra, sum.Missed + missed);
        });
        var docNumbers = result.Documents.Select(document => DocNumberKey(document.DocNumber)).ToHashSet(StringComparer.Ordinal);
        var counts = new ScoreCounts(
            labels.Items.Count,
            items.Count,
            pairs.Count,
            pairs.Count,
            pairs.Count(pair => pair.Label.Kind == pair.Item.Kind),
            units.Right,
            units.Extra,
            units.Missed,
            labels.DocNumbers.Count,
            labels.DocNumbers.Count(number => docNumbers.Contains(DocNumberKey(number))));
        var missed = labels.Items.Where(label => pairs.All(pair => pair.Label != label)).Select(Describe)
            .Concat(labels.DocNumbers.Where(number => !docNumbers.Contains(DocNumberKey(number))).Select(number => $"文号 {number}"));
        var extra = items.Where(item => pairs.All(pair => pair.Item != item)).Select(Describe);
        var wrongUnits = pairs.Where(pair => CompareUnits(pair.Label, pair.Item, jurisdiction) is not (_, 0, 0))
            .Select(pair => $"{Describe(pair.Label)}: labelled {Names(pair.Label.LeadUnits, pair.Label.CooperatingUnits)}; found {Names(pair.Item.LeadUnits.Select(unit => unit.Name), pair.Item.CooperatingUnits.Select(unit => unit.Name))}");
        return new DocumentScore(name, labels.DocumentType, counts, [.. missed], [.. extra], [.. wrongUnits]);
    }

    private static List<(LabelledItem Label, ExtractedItem Item)> Match(IReadOnlyList<LabelledItem> labels, List<ExtractedItem> items)
    {
        var taken = new bool[items.Count];
        var pairs = new List<(LabelledItem, ExtractedItem)>();
        foreach (var label in labels)
        {
            var best = -1;
            for (var index = 0; index < items.Count; index++)
            {
                if (!taken[index] && Matches(label, items[index])
                    && (best < 0 || Math.Abs(items[index].Line - label.Line) < Math.Abs(items[best].Line - label.Line)))
                {
                    best = index;
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                pairs.Add((label, items[best]));
            }
        }

        return pairs;
    }

    private static bool Matches(LabelledItem label, ExtractedItem item) =>
        Math.Abs(item.Line - label.Line) <= LineTolerance
        && (label.Recurrence is { } rule
            ? SameRule(rule, item.Recurrence)
            : item.Date == label.Date && item.EndDate == label.EndDate);

    private static bool SameRule(string labelled, string? extracted) =>
        extracted is not null && RuleParts(labelled).SetEquals(RuleParts(extracted));

    // RFC 5545 has no QUARTERLY frequency; labels may still say so for every three months.
    private static HashSet<string> RuleParts(string rule) =>
        rule.Replace("FREQ=QUARTERLY", "FREQ=MONTHLY;INTERVAL=3", StringComparison.OrdinalIgnoreCase)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private (int Right, int Extra, int Missed) CompareUnits(LabelledItem label, ExtractedItem item, string? jurisdiction)
    {
        var expected = label.LeadUnits.Concat(label.CooperatingUnits).Select(name => Key(name, resolver.Resolve(name, jurisdiction).UnitId))
            .ToHashSet(StringComparer.Ordinal);
        var found = item.LeadUnits.Concat(item.CooperatingUnits).Select(unit => Key(unit.Name, unit.UnitId)).ToHashSet(StringComparer.Ordinal);
        var right = expected.Count(found.Contains);
        return (right, found.Count - right, expected.Count - right);
    }

    private string? JurisdictionOf(ExtractionResult result) =>
        result.Documents.Select(document => document.Issuer ?? document.Title).OfType<string>()
            .Select(resolver.Directory.JurisdictionOf).FirstOrDefault(id => id is not null);

    private static string Key(string name, string? unitId) => unitId is not null ? "id:" + unitId : "name:" + string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static string DocNumberKey(string? number) =>
        number is null ? "" : string.Concat(number.Where(c => !char.IsWhiteSpace(c)).Select(BracketFold));

    private static char BracketFold(char c) => c switch
    {
        '［' or '[' or '【' or '（' or '(' or '﹝' => '〔',
        '］' or ']' or '】' or '）' or ')' or '﹞' => '〕',
        _ => c,
    };

    private static string Names(IEnumerable<string> lead, IEnumerable<string> cooperating) =>
        $"lead {string.Join("、", lead.DefaultIfEmpty("-"))}, cooperating {string.Join("、", cooperating.DefaultIfEmpty("-"))}";

    private static string Describe(LabelledItem label) => Describe(label.Line, label.Kind, label.Date, label.EndDate, label.Recurrence);

    private static string Describe(ExtractedItem item) => Describe(item.Line, item.Kind, item.Date, item.EndDate, item.Recurrence);

    private static string Describe(int line, ItemKind kind, DateOnly? date, DateOnly? end, string? recurrence)
    {
        var period = end is null ? Format(date) : Format(date) + ".." + Format(end);
        return string.Create(CultureInfo.InvariantCulture, $"line {line} {kind} {period} {recurrence}").TrimEnd();
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
