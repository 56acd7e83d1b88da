using Notify.Core.Units;

namespace Notify.Core.Extraction.Scoring;

/// <summary>
/// Scores the extractor on a corpus folder: every <c>NAME.labels.tsv</c> with its document <c>NAME.txt</c> beside it.
/// </summary>
public sealed class CorpusScorer(PolicyExtractor extractor, UnitResolver resolver)
{
    public const string LabelSuffix = ".labels.tsv";

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
        var documentPath = Path.Combine(Path.GetDirectoryName(labelPath)!, name + ".txt");
        if (!File.Exists(documentPath))
        {
            throw new LabelFileException($"{Path.GetFileName(labelPath)}: no document {name}.txt beside it.");
        }

        var labels = LabelFileReader.Read(Path.GetFileName(labelPath), File.ReadAllText(labelPath));
        return _scorer.Score(name, labels, extractor.Extract(File.ReadAllBytes(documentPath)));
    }
}
