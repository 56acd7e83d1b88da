namespace Notify.Core.Channels;

/// <summary>A WeChat Official Account template message: the registered template id, its keyword values (each ≤ 20 characters, one line) and an optional link.</summary>
public sealed record WeChatTemplateContent(string TemplateId, IReadOnlyDictionary<string, string> Data, string? Url) : MessageContent;
