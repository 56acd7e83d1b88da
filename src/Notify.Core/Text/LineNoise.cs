namespace Notify.Core.Text;

/// <summary>Why a source line does not reach the normalized text, if it does not.</summary>
internal enum LineNoise
{
    None,
    Blank,

    /// <summary>Page furniture: page numbers, running heads, masthead, Mongolian script, rules. A sentence may run across it.</summary>
    PageFurniture,

    /// <summary>Web-page chrome. Nothing runs across it.</summary>
    WebChrome,
}
