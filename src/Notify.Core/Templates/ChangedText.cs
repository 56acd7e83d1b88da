using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>One template text that differs between two versions: "changed", "added" (new in the newer) or "removed".</summary>
public sealed record ChangedText(string Locale, ChannelKind Channel, string Part, string Change)
{
    public const string Edited = "changed";
    public const string New = "added";
    public const string Dropped = "removed";
}
