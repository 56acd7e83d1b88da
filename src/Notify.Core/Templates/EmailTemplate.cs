namespace Notify.Core.Templates;

/// <summary>An email template: subject, HTML body (variables HTML-escaped) and plain-text body.</summary>
public sealed record EmailTemplate(string Subject, string Html, string Text);
