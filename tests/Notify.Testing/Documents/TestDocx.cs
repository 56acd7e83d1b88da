using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Notify.Testing.Documents;

/// <summary>
/// Word documents made in the tests. Plain lines become paragraphs; a line starting with "|" becomes a
/// table row (cells split on "|"); a line starting with "#" becomes a paragraph numbered by Word in the
/// Chinese counting format "一、", "二、" …
/// </summary>
public static class TestDocx
{
    private const int ChineseListId = 1;

    public static byte[] WithLines(IEnumerable<string> lines) => Build(lines, WordprocessingDocumentType.Document, withMacros: false);

    /// <summary>A macro-enabled document (.docm) with a VBA project part.</summary>
    public static byte[] WithMacros(IEnumerable<string> lines) => Build(lines, WordprocessingDocumentType.MacroEnabledDocument, withMacros: true);

    private static byte[] Build(IEnumerable<string> lines, WordprocessingDocumentType type, bool withMacros)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            AddChineseNumbering(main);
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.StartsWith('|'))
                {
                    table ??= body.AppendChild(new Table());
                    table.AppendChild(new TableRow(line.Trim('|').Split('|').Select(cell => new TableCell(Paragraph(cell.Trim())))));
                    continue;
                }

                table = null;
                body.AppendChild(line.StartsWith('#') ? Numbered(line[1..]) : Paragraph(line));
            }

            main.Document = new Document(body);
            if (withMacros)
            {
                using var vba = new MemoryStream([0xCC, 0x61, 0x00, 0x00]);
                main.AddNewPart<VbaProjectPart>().FeedData(vba);
            }
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Numbered(string text)
    {
        var paragraph = Paragraph(text);
        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(
            new NumberingLevelReference { Val = 0 }, new NumberingId { Val = ChineseListId })));
        return paragraph;
    }

    private static void AddChineseNumbering(MainDocumentPart main)
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new LevelText { Val = "%1、" })
        { LevelIndex = 0 };
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(level) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = ChineseListId });
    }
}
