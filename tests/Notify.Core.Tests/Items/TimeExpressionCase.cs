using System.Globalization;
using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

/// <summary>One line of Fixtures/Items/time-expressions.tsv: a text, its context, and the mentions expected in it.</summary>
public sealed record TimeExpressionCase(string Text, TimeContext Context, IReadOnlyList<ExpectedMention> Expected)
{
    public static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Items", "time-expressions.tsv");

    /// <summary>The fixture's case lines as their four columns: text, signing date, context year, expected mentions.</summary>
    public static IEnumerable<string[]> Rows()
    {
        foreach (var line in File.ReadLines(FixturePath))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 4)
            {
                throw new FormatException($"Expected 4 tab-separated columns: {line}");
            }

            yield return columns;
        }
    }

    public static TimeExpressionCase Parse(string text, string signing, string year, string expected)
    {
        DateOnly? signingDate = signing == "-" ? null : DateOnly.Parse(signing, CultureInfo.InvariantCulture);
        int? contextYear = year == "-" ? null : int.Parse(year, CultureInfo.InvariantCulture);
        var mentions = expected == "-" ? [] : expected.Split(" | ").Select(ExpectedMention.Parse).ToList();
        return new TimeExpressionCase(text, new TimeContext(signingDate, contextYear), mentions);
    }
}
