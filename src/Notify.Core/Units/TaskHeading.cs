using System.Text.RegularExpressions;

namespace Notify.Core.Units;

/// <summary>
/// Recognises the numbering that opens a task block: "一、" (level 1), "（一）" (2), "1." (3), "（1）" or "①" (4).
/// </summary>
internal static partial class TaskHeading
{
    public const int None = 0;

    private const int TitleOnlyMaxLength = 40;

    /// <summary>The heading level of a line (0 when it is not a heading) and where its text starts after the number.</summary>
    public static int LevelOf(string foldedText, out int bodyStart)
    {
        var match = HeadingPattern().Match(foldedText);
        bodyStart = match.Success ? match.Index + match.Length : 0;
        if (!match.Success)
        {
            return None;
        }

        if (match.Groups["l1"].Success)
        {
            return 1;
        }

        if (match.Groups["l2"].Success)
        {
            return 2;
        }

        if (match.Groups["l3"].Success)
        {
            return 3;
        }

        if (match.Groups["chapter"].Success)
        {
            return match.Groups["chapter"].Value[^1] switch { '章' => 1, '节' => 2, _ => 3 };
        }

        return 4;
    }

    /// <summary>A heading that is only a title ("（一）加强组织领导"), not a title followed by its body text.</summary>
    public static bool IsTitleOnly(string text, int bodyStart, int end)
    {
        var length = end - bodyStart;
        if (length > TitleOnlyMaxLength)
        {
            return false;
        }

        var full = text.AsSpan(bodyStart, length).TrimEnd();
        var stop = full.IndexOf('。');
        return stop < 0 || stop == full.Length - 1;
    }

    [GeneratedRegex(@"^[\s#*\-]*(?:(?<l1>[一二三四五六七八九十百零]{1,3}[、．.])|(?<l2>（[一二三四五六七八九十]{1,3}）)|(?<l3>\d{1,2}(?:[．.、](?!\d)))|(?<l4>（\d{1,2}）|\d{1,2}）|[①-⑳])|(?<chapter>第[一二三四五六七八九十百零]{1,4}[章节条]))\s*")]
    private static partial Regex HeadingPattern();
}
