using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Gives an effective item its end: "有效期5年", "有效期至2025年12月31日".</summary>
internal static class ValidityReader
{
    public static void Attach(ScannedLine line)
    {
        if (!line.Text.Contains("有效期", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in TimePatterns.Validity().Matches(line.Text))
        {
            var effective = EffectiveBefore(line, match.Index);
            if (match.Groups["years"].Success)
            {
                if (effective?.Date is { } from)
                {
                    var years = int.Parse(match.Groups["years"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                    effective.EndDate = from.AddYears(years).AddDays(-1);
                    effective.Inferred = true;
                    effective.Because($"valid {years} years from {from:yyyy-MM-dd}");
                }

                continue;
            }

            var end = line.Drafts.Find(d => d.IsValidityEnd && d.Start >= match.Index && d.Start <= match.Index + match.Length + 1);
            if (end is null)
            {
                continue;
            }

            if (effective is not null)
            {
                effective.EndDate = end.Date;
                effective.Because("valid until the stated date");
                line.Drafts.Remove(end);
            }
            else
            {
                end.IsValidityEnd = false;
                end.Because("end of validity");
            }
        }

        foreach (var draft in line.Drafts)
        {
            draft.IsValidityEnd = false;
        }
    }

    private static MentionDraft? EffectiveBefore(ScannedLine line, int index)
    {
        var (sentenceStart, _) = line.Layout.SentenceAt(index);
        MentionDraft? nearest = null;
        foreach (var draft in line.Drafts)
        {
            if (draft.Kind == ItemKind.Effective && draft.Start >= sentenceStart && draft.Start < index
                && (nearest is null || draft.Start > nearest.Start))
            {
                nearest = draft;
            }
        }

        return nearest;
    }
}
