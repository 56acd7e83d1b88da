namespace Notify.Functions.Senders;

/// <summary>
/// What an issuing authority sends as, the body of PUT /api/senders/{authorityId}: its name as it signs
/// (扎赉特旗医疗保障局), its registered SMS 【签名】, the email sender name and address, its WeChat Official Account
/// (app id) and WeCom agent, the hotline residents call and the https website notices link to.
/// </summary>
public sealed record SenderDetails(
    string? DisplayName = null,
    string? SmsSignature = null,
    string? EmailSenderName = null,
    string? EmailAddress = null,
    string? WeChatAppId = null,
    int? WeComAgentId = null,
    string? Hotline = null,
    string? Website = null);
