namespace Notify.Core.Channels;

/// <summary>An email: subject, HTML body and plain-text body (both always sent).</summary>
public sealed record EmailContent(string Subject, string Html, string Text) : MessageContent;
