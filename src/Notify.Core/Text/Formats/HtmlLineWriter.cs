using System.Text;
using AngleSharp.Dom;

namespace Notify.Core.Text.Formats;

/// <summary>Writes an HTML element's text as lines: one per block, one per table row, breaks kept.</summary>
internal sealed class HtmlLineWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption", "hr", "center", "caption", "tbody", "thead", "tfoot",
    };

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();

    public string Write(IElement root)
    {
        AppendChildren(root);
        EndLine();
        return _text.ToString();
    }

    private void AppendChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Append(child);
        }
    }

    private void Append(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendInline(text.Data);
                break;
            case IElement { LocalName: "br" }:
                EndLine();
                break;
            case IElement { LocalName: "table" } table:
                EndLine();
                AppendTable(table);
                break;
            case IElement element when BlockTags.Contains(element.LocalName):
                EndLine();
                AppendChildren(element);
                EndLine();
                break;
            case IElement element:
                AppendChildren(element);
                break;
        }
    }

    private void AppendTable(IElement table)
    {
        foreach (var row in table.QuerySelectorAll("tr").Where(row => row.Closest("table") == table))
        {
            var cells = row.Children.Where(cell => cell.LocalName is "td" or "th").Select(CellText).ToList();
            foreach (var line in HtmlTableRow.Lines(cells))
            {
                _text.Append(line).Append('\n');
            }
        }
    }

    private static string CellText(IElement cell)
    {
        var writer = new HtmlLineWriter();
        return string.Join(" ", writer.Write(cell).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private void AppendInline(string data)
    {
        foreach (var character in data)
        {
            // Source line breaks and runs of spaces are layout, not text; U+3000 indents are kept.
            if (character is ' ' or '\t' or '\r' or '\n' or '\u00A0')
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                {
                    _line.Append(' ');
                }
            }
            else
            {
                _line.Append(character);
            }
        }
    }

    private void EndLine()
    {
        var line = _line.ToString().Trim(' ');
        _line.Clear();
        if (line.Length > 0)
        {
            _text.Append(line).Append('\n');
        }
    }
}
