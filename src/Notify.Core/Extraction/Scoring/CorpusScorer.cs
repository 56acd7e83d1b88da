using Notify.Core.Text;
using Notify.Core.Text.Formats;
using Notify.Core.Units;

namespace Notify.Core.Extraction.Scoring;

/// <summary>
/// Scores the extractor on a corpus folder: every <c>NAME.labels.tsv</c> with its document beside it (<c>NAME.txt</c>,
/// or <c>NAME.html</c>, <c>.pdf</c>, <c>.docx</c>, whose label lines count in the text read out of them).
/// </summary>
public sealed class CorpusScorer(PolicyExtractor extractor, UnitResolver resolver)
{
    public const string LabelSuffix = ".labels.tsv";

    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm", ".pdf", ".docx"];

    private readonly ExtractionScorer _scorer = new(resolver);

    public CorpusScorer()
        : this(new PolicyExtractor(), UnitResolver.Default)
    {
    }

    public CorpusScore ScoreFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The corpus folder {folder} does not exist.");
        }

        var labelFiles = Directory.GetFiles(folder, "*" + LabelSuffix).Order(StringComparer.Ordinal).ToList();
        if (labelFiles.Count == 0)
        {
            throw new LabelFileException($"{folder} holds no *{LabelSuffix} files.");
        }

        return new CorpusScore([.. labelFiles.Select(ScoreFile)]);
    }

    private DocumentScore ScoreFile(string labelPath)
    {
        var name = Path.GetFileName(labelPath)[..^LabelSuffix.Length];
        var folder = Path.GetDirectoryName(labelPath)!;
        var documentPath = DocumentExtensions.Select(extension => Path.Combine(folder, name + extension)).FirstOrDefault(File.Exists)
            ?? throw new LabelFileException($"{Path.GetFileName(labelPath)}: no document {name}.txt (or .html, .pdf, .docx) beside it.");
        var labels = LabelFileReader.Read(Path.GetFileName(labelPath), File.ReadAllText(labelPath));
        try
        {
            var content = DocumentText.Read(File.ReadAllBytes(documentPath), contentType: null, Path.GetFileName(documentPath));
            return _scorer.Score(name, labels, extractor.ExtractText(content.Text));
        }
        catch (PolicyTextException exception)
        {
            throw new LabelFileException($"{Path.GetFileName(documentPath)}: {exception.Message}", exception);
        }
    }
}
