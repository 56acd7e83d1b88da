namespace Notify.Core.Templates;

/// <summary>
/// A WeChat Official Account template message: the registered template id, the field names that
/// registered template has (thing1, time2, …), one template per field, and an optional link template.
/// </summary>
public sealed record WeChatTemplate(
    string TemplateId,
    IReadOnlyList<string> RegisteredFields,
    IReadOnlyDictionary<string, string> Fields,
    string? Url = null);
