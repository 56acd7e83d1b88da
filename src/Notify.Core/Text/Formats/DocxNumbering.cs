using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Notify.Core.Text.Formats;

/// <summary>
/// The list numbers Word draws in front of numbered paragraphs ("一、", "（二）", "3."), counted in
/// document order. Bullets and formats not listed here give no label; unknown formats count in digits.
/// </summary>
internal sealed class DocxNumbering(NumberingDefinitionsPart? part)
{
    private const int Levels = 9;

    private readonly Dictionary<int, int[]> _counters = [];

    public string LabelOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numberId = properties?.NumberingId?.Val?.Value;
        var level = properties?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numberId is null or 0 || level is < 0 or >= Levels || FindLevel(numberId.Value, level) is not { } definition)
        {
            return "";
        }

        var format = definition.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
        {
            return "";
        }

        var counters = Count(numberId.Value, level, definition.StartNumberingValue?.Val?.Value ?? 1);
        var pattern = definition.LevelText?.Val?.Value ?? "";
        var label = new StringBuilder(pattern.Length + 4);
        for (var index = 0; index < pattern.Length; index++)
        {
            if (pattern[index] == '%' && index + 1 < pattern.Length && char.IsAsciiDigit(pattern[index + 1]))
            {
                var referenced = pattern[index + 1] - '1';
                var referencedFormat = referenced == level ? format : FindLevel(numberId.Value, referenced)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                label.Append(Format(referenced is >= 0 and < Levels ? counters[referenced] : 0, referencedFormat));
                index++;
            }
            else
            {
                label.Append(pattern[index]);
            }
        }

        return label.ToString();
    }

    private int[] Count(int numberId, int level, int start)
    {
        if (!_counters.TryGetValue(numberId, out var counters))
        {
            counters = new int[Levels];
            _counters[numberId] = counters;
        }

        counters[level] = counters[level] == 0 ? start : counters[level] + 1;
        Array.Clear(counters, level + 1, Levels - level - 1);
        return counters;
    }

    private Level? FindLevel(int numberId, int level)
    {
        var numbering = part?.Numbering;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        return definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.ChineseLegalSimplified || format == NumberFormatValues.TaiwaneseCountingThousand)
        {
            return ChineseNumber(value);
        }

        if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese)
        {
            return value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = (char)((format == NumberFormatValues.LowerLetter ? 'a' : 'A') + ((value - 1) % 26));
            return letter.ToString();
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>1-99 as written in Chinese numbering: 一 … 十, 十一 … 九十九.</summary>
    private static string ChineseNumber(int value)
    {
        const string Digits = "零一二三四五六七八九";
        if (value is < 1 or > 99)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var tens = value / 10;
        var ones = value % 10;
        var text = tens switch { 0 => "", 1 => "十", _ => Digits[tens] + "十" };
        return ones == 0 ? text : text + Digits[ones];
    }
}
