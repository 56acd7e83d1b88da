using Notify.Core.Extraction;
using Notify.Testing;
using Xunit.Abstractions;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// Runs the whole extractor over the real documents in ../shared/seeds (when that folder is there)
/// and prints, per file, the documents and items found and which items need review.
/// </summary>
public sealed class SeedReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_EverySeed_ReadsWithoutErrorAndReports()
    {
        if (!Directory.Exists(RepositoryPaths.Seeds))
        {
            output.WriteLine($"No seeds at {RepositoryPaths.Seeds}; nothing to report.");
            return;
        }

        var extractor = new PolicyExtractor();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var result = extractor.Extract(File.ReadAllBytes(file));
            output.WriteLine(SeedReport.Describe(Path.GetFileName(file), result));

            Assert.NotEmpty(result.Documents);
            Assert.All(result.Documents.Where(d => d.DocNumber is not null), d => Assert.NotNull(d.Signed));
            Assert.All(result.Items, item => Assert.InRange(item.Line, 1, File.ReadAllLines(file).Length + 1));
        }
    }
}
