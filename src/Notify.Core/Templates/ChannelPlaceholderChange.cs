using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>The variables one locale's template for one channel gained and lost between two versions.</summary>
public sealed record ChannelPlaceholderChange(string Locale, ChannelKind Channel, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
