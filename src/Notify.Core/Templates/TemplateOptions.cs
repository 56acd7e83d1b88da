namespace Notify.Core.Templates;

/// <summary>
/// Settings of one template version: whether SMS bodies may carry links. The SMS 【签名】 is not a template setting: it
/// comes from the sender profile of the authority a notice speaks for.
/// </summary>
public sealed record TemplateOptions(bool AllowLinks = false);
