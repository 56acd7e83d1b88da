namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// A TEMPLATESENDJOBFINISH event: the msgid of the send, WeChat's status text ("success", "failed:user block",
/// "failed: system failed") and the event XML without the recipient's openid, for the delivery record.
/// </summary>
public sealed record TemplateSendJobFinished(string MsgId, string Status, string RedactedXml);
