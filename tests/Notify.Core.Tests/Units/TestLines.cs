using Notify.Core.Text;

namespace Notify.Core.Tests.Units;

/// <summary>Builds a document as logical lines, one source line each, numbered from 1.</summary>
internal static class TestLines
{
    public static List<NormalizedLine> Of(params string[] texts) =>
        [.. texts.Select((text, index) => new NormalizedLine(text, [(0, index + 1)]))];
}
