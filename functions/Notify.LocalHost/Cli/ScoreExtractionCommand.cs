using System.CommandLine;
using Notify.Core.Extraction.Scoring;

namespace Notify.LocalHost.Cli;

/// <summary>
/// <c>score-extraction [FOLDER]</c>: runs the extractor over a labelled corpus and prints precision, recall, unit F1 and
/// 文号 found per file, per document type and in total (labels as <c>docs/extraction-labelling.md</c> describes).
/// </summary>
public static class ScoreExtractionCommand
{
    public const string DefaultCorpus = "tests/Notify.Core.Tests/Fixtures/Corpus";

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "A folder of NAME.txt documents with NAME.labels.tsv labels beside them.",
            DefaultValueFactory = _ => FindDefaultCorpus(),
        };
        var details = new Option<bool>("--details") { Description = "List each file's missed labels and extra items." };
        var command = new Command("score-extraction", "Score the extractor against a hand-labelled corpus.") { folder, details };
        command.SetAction(parseResult => Run(parseResult.GetValue(folder)!, parseResult.GetValue(details)));
        return command;
    }

    public static int Run(DirectoryInfo folder, bool details)
    {
        try
        {
            var score = new CorpusScorer().ScoreFolder(folder.FullName);
            Console.Out.Write(CorpusScoreReport.Format(score, details));
            return 0;
        }
        catch (Exception exception) when (exception is LabelFileException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"score-extraction: {exception.Message}");
            return 2;
        }
    }

    // The corpus lives in the repository; the command may run from anywhere inside it or from the built app's folder.
    private static DirectoryInfo FindDefaultCorpus()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var corpus = new DirectoryInfo(Path.Combine(folder.FullName, DefaultCorpus));
                if (corpus.Exists)
                {
                    return corpus;
                }
            }
        }

        return new DirectoryInfo(DefaultCorpus);
    }
}
