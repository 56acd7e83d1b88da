using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// One problem found by <see cref="TemplateValidator"/>: where (locale, channel, part, 1-based line and
/// column, 0 when not tied to a place), a stable code from <see cref="TemplateIssueCodes"/> and a readable message.
/// </summary>
public sealed record TemplateIssue(string Locale, ChannelKind? Channel, string Part, int Line, int Column, string Code, string Message);
