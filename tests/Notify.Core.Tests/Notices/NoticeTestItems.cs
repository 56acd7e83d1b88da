using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Residents;
using Notify.Testing;

namespace Notify.Core.Tests.Notices;

/// <summary>Items for the notice wording tests: invented sentences, and the items the extractor finds in the samples.</summary>
internal static class NoticeTestItems
{
    public static ExtractedItem Item(string quote, ItemKind kind = ItemKind.Deadline, ItemAudience audience = ItemAudience.Residents, params AmountRule[] amounts) =>
        new(kind, new DateOnly(2027, 3, 31), null, null, 1, quote, null, [], [], audience, [], amounts, 0.9, []);

    public static ExtractionResult Sample(string fileName) =>
        new PolicyExtractor().Extract(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, fileName)));
}
