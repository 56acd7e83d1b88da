namespace Notify.Core.Channels;

/// <summary>
/// Who a message is sent as: the issuing authority's email sender, WeChat Official Account and WeCom agent, from its
/// approved sender profile. A channel uses the parts that concern it; one without a part uses its own configuration.
/// </summary>
public sealed record MessageSender(
    string AuthorityId,
    string? EmailName = null,
    string? EmailAddress = null,
    string? WeChatAppId = null,
    int? WeComAgentId = null);
