namespace Notify.Core.Templates;

/// <summary>Settings of one template version: the SMS signature every SMS body starts with, and whether SMS bodies may carry links.</summary>
public sealed record TemplateOptions(string SmsSignature, bool AllowLinks = false);
