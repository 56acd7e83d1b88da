namespace Notify.Core.Text;

/// <summary>
/// Produces the normalized form every extractor matches against (see the shared conventions): logical
/// lines with noise removed, each character traceable to its source line.
/// </summary>
/// <remarks>
/// Removed: page numbers, running heads and the gazette masthead (a 出版 date there is kept as a
/// <see cref="PublicationDateSource.GazetteIssue"/> <see cref="PublicationDate"/>), Mongolian-script lines,
/// separator debris, web chrome (a 发布日期 there is kept as a <see cref="PublicationDateSource.WebPage"/>
/// <see cref="PublicationDate"/>) and markdown residue. Entries of a table of contents (after a 目录 line)
/// keep a space after their page number: "1 包头市人民政府关于…的通告". Tab-separated table cells are
/// joined by one space, never glued together.
/// </remarks>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = SourceLines.Split(text);
        var lines = new List<CleanLine>(source.Count);
        var inContents = false;
        for (var i = 0; i < source.Count; i++)
        {
            var line = LineCleaner.Clean(source[i], i + 1, inContents);
            inContents = line.IsContent ? StaysInContents(line, inContents) : inContents;
            lines.Add(line);
        }

        RunningHeads.Mark(lines);
        return LineJoiner.Join(lines) with { SourceLineCount = source.Count };
    }

    private static bool StaysInContents(CleanLine line, bool inContents) =>
        line.Text is "目录" or "本期目录"
        || (inContents && (line.Has(LineTraits.ContentsEntry) || IsContentsSection(line.Text)));

    /// <summary>"市政府文件", "大事记": a section of the contents, not yet a document's title.</summary>
    private static bool IsContentsSection(string text) =>
        text.Length <= 12 && !LineShapes.HasSentencePunctuation(text) && !text.Contains("关于", StringComparison.Ordinal);
}
