using Notify.Core.Documents;
using Notify.Core.Text;
using Xunit.Abstractions;

namespace Notify.Core.Tests.Documents;

/// <summary>
/// The real documents in ../shared/seeds: every 文号 document is found with its signing date, and nothing
/// else becomes a document (no contents entry, no 文号 cited in a body).
/// </summary>
public class SeedDocumentsTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, (string Number, DateOnly Signed)[]> Expected = new(StringComparer.Ordinal)
    {
        ["000"] =
        [
            ("包府发〔2019〕41号", new DateOnly(2019, 9, 16)),
            ("包府发〔2019〕42号", new DateOnly(2019, 8, 25)),
            ("包府办发〔2019〕60号", new DateOnly(2019, 8, 25)),
            ("包府办发〔2019〕62号", new DateOnly(2019, 9, 19)),
        ],
        ["001"] =
        [
            ("扎政办发〔2023〕16号", new DateOnly(2023, 6, 15)),
            ("扎政字〔2023〕56号", new DateOnly(2023, 6, 25)),
        ],
        ["002"] =
        [
            ("包府发〔2018〕60号", new DateOnly(2018, 12, 5)),
            ("包府发〔2018〕68号", new DateOnly(2018, 12, 15)),
            ("包府发〔2018〕70号", new DateOnly(2018, 12, 17)),
            ("包府发〔2018〕71号", new DateOnly(2018, 12, 21)),
            ("包府发〔2018〕73号", new DateOnly(2018, 12, 25)),
            ("包府办发〔2018〕143号", new DateOnly(2018, 12, 17)),
            ("包府办发〔2018〕146号", new DateOnly(2018, 12, 25)),
            ("包府办发〔2018〕149号", new DateOnly(2018, 12, 24)),
            ("包府办发〔2018〕151号", new DateOnly(2018, 12, 27)),
        ],
        ["003"] =
        [
            ("包府办发〔2019〕78号", new DateOnly(2019, 12, 13)),
        ],
    };

    [Fact]
    public void Segment_Seeds_FindEveryNumberedDocumentWithItsSigningDateAndNothingElse()
    {
        var seeds = PolicyFixtures.SeedsFolder();
        if (seeds is null)
        {
            // The shared seed folder only exists on machines that carry the real documents.
            return;
        }

        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var segmented = DocumentSegmenter.Segment(TextNormalizer.Normalize(PolicyTextDecoder.Decode(File.ReadAllBytes(file)).Text));
            Print(Path.GetFileName(file), segmented);
            if (Expected.TryGetValue(Path.GetFileName(file)[..3], out var expected))
            {
                Assert.Equal(expected, segmented.Documents.Select(document => (document.DocNumber ?? "-", document.Signed ?? default)));
            }

            Assert.All(segmented.Documents, document => Assert.False(segmented.IsExcluded(document.FirstLineIndex)));
            Assert.All(segmented.Documents, document => Assert.False(char.IsAsciiDigit(document.Title?[0] ?? '-'), $"contents entry taken for a title: {document.Title}"));
        }
    }

    private void Print(string file, SegmentedText segmented)
    {
        output.WriteLine($"{file}: {segmented.Documents.Count} documents");
        foreach (var document in segmented.Documents)
        {
            output.WriteLine($"  {DocumentDescriptions.Describe(document)}");
        }

        foreach (var range in segmented.Excluded)
        {
            output.WriteLine($"  excluded {range.Kind}: lines {range.FirstLineIndex}-{range.LastLineIndex}");
        }
    }
}
