using Notify.Core.Channels;

namespace Notify.Functions.Templates;

/// <summary>What to preview: a version (the active one when absent), a locale and channel, and data (the schema's samples when absent).</summary>
public sealed record TemplatePreviewRequest(ChannelKind Channel, int? Version = null, string Locale = "zh-Hans", Dictionary<string, string>? Data = null);
