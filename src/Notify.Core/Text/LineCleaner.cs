using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>Turns one source line into a <see cref="CleanLine"/>: normalized characters, and what kind of noise it is, if any.</summary>
internal static partial class LineCleaner
{
    [GeneratedRegex(@"^(?<page>\d{1,3})\s+(?<title>[\u4E00-\u9FFF\d].*)$|^(?<title>[\u4E00-\u9FFF].*?)\s*[.…·-]{3,}\s*(?<page>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsEntry();

    public static CleanLine Clean(string raw, int sourceLine, bool inContents)
    {
        var line = CleanFolded(raw, sourceLine, inContents);
        if (line.Text.Length > 0 && HasTraditional(raw))
        {
            line.Written = WrittenForms.Recover(line.Text, raw);
        }

        return line;
    }

    private static bool HasTraditional(string raw)
    {
        foreach (var c in raw)
        {
            if (TraditionalFolding.Folds(c))
            {
                return true;
            }
        }

        return false;
    }

    private static CleanLine CleanFolded(string raw, int sourceLine, bool inContents)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.Blank);
        }

        if (IsMongolianScript(raw))
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.PageFurniture);
        }

        var prepared = PinyinGlosses.Strip(CharacterNormalizer.Prepare(raw));
        if (prepared.Length == 0)
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.Blank);
        }

        if (PageFurniture.IsPageNumber(prepared) || PageFurniture.IsDebris(prepared))
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.PageFurniture);
        }

        var traits = prepared.AsSpan().Count('\t') >= 2 ? LineTraits.TableRow : LineTraits.None;
        var unmarked = MarkdownResidue.Strip(prepared, out var bullet);
        if (unmarked.Length == 0 || PageFurniture.IsDebris(unmarked))
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.PageFurniture);
        }

        traits |= bullet ? LineTraits.Bullet : LineTraits.None;
        var content = WebChrome.Strip(unmarked, out var published);
        if (content.Length == 0)
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.WebChrome) { Published = published };
        }

        if (inContents && ContentsEntry().Match(content) is { Success: true } entry)
        {
            var title = CharacterNormalizer.Finish(entry.Groups["title"].Value);
            return new CleanLine($"{entry.Groups["page"].Value} {title}", sourceLine, LineNoise.None, traits | LineTraits.ContentsEntry);
        }

        var finished = CharacterNormalizer.Finish(content);
        if (PageFurniture.IsIssueNumber(finished) || PageFurniture.IsRunningHead(finished))
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.PageFurniture);
        }

        if (PageFurniture.ReadIssueDate(finished) is { } issued)
        {
            return new CleanLine(string.Empty, sourceLine, LineNoise.PageFurniture) { Published = issued };
        }

        return new CleanLine(finished, sourceLine, LineNoise.None, traits) { Published = published };
    }

    private static bool IsMongolianScript(string raw)
    {
        var mongolian = false;
        foreach (var c in raw)
        {
            if (TextCharacters.IsHan(c))
            {
                return false;
            }

            mongolian |= TextCharacters.IsMongolian(c);
        }

        return mongolian;
    }
}
