using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Notify.Core.Text.Formats;

/// <summary>
/// The text of a Word .docx: each paragraph a line (with its list number when Word numbers it), each
/// table row a line of cells joined by " | ". Macro-enabled documents are refused, not opened further.
/// </summary>
internal static class DocxText
{
    private const string CellSeparator = " | ";

    public static string Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            RejectMacros(document);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new PolicyTextException(PolicyTextProblem.Corrupt, "The Word document has no body. Save it again in Word as .docx and upload the new file.");
            var text = new StringBuilder();
            AppendBlocks(body, new DocxNumbering(document.MainDocumentPart.NumberingDefinitionsPart), text);
            return text.ToString();
        }
        catch (OpenXmlPackageException)
        {
            throw new PolicyTextException(PolicyTextProblem.UnsupportedFormat,
                "The file is a ZIP archive but not a Word .docx document (perhaps a spreadsheet, a presentation or an archive). Upload the policy as .docx, PDF, HTML or text.");
        }
        catch (Exception exception) when (exception is InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            throw new PolicyTextException(PolicyTextProblem.Corrupt,
                "The Word document is damaged and cannot be read. Open it in Word, save it again as .docx and upload the new file.");
        }
    }

    private static void RejectMacros(WordprocessingDocument document)
    {
        if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate
            || document.MainDocumentPart?.VbaProjectPart is not null)
        {
            throw new PolicyTextException(PolicyTextProblem.Macros,
                "The Word document contains macros (.docm or a VBA project), which Notify does not open. Save it in Word as a plain .docx (Word Document) or as PDF and upload that.");
        }
    }

    private static void AppendBlocks(OpenXmlElement container, DocxNumbering numbering, StringBuilder text)
    {
        foreach (var block in container.ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.Append(numbering.LabelOf(paragraph)).Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case Table table:
                    AppendTable(table, text);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AppendBlocks(block, numbering, text);
                    break;
            }
        }
    }

    private static void AppendTable(Table table, StringBuilder text)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Descendants<TableCell>().Where(cell => cell.Ancestors<TableRow>().First() == row);
            text.AppendJoin(CellSeparator, cells.Select(CellText)).Append('\n');
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<Paragraph>().Select(ParagraphText).Where(line => line.Length > 0)).Replace('\n', ' ');

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case WordText run when run.Parent is Run:
                    text.Append(run.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().TrimEnd();
    }
}
