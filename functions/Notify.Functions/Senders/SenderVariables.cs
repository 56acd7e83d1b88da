using Notify.Core.Channels;

namespace Notify.Functions.Senders;

/// <summary>
/// What a notice's messages take from the sender profile of the authority they speak for: the template values
/// senderName (how emails are signed), contactPhone (its hotline) and detailUrl (its website), and the
/// <see cref="MessageSender"/> the channels send as.
/// </summary>
public static class SenderVariables
{
    public static IReadOnlyDictionary<string, string> For(SenderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["senderName"] = profile.DisplayName,
            ["contactPhone"] = profile.Details.Hotline ?? "",
            ["detailUrl"] = profile.Details.Website ?? "",
        };
    }

    /// <summary><paramref name="variables"/> with the sender's values in place of any of the same name.</summary>
    public static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> variables, SenderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var merged = new Dictionary<string, string>(variables, StringComparer.Ordinal);
        foreach (var (name, value) in For(profile))
        {
            merged[name] = value;
        }

        return merged;
    }

    public static MessageSender Sender(SenderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var details = profile.Details;
        return new MessageSender(profile.AuthorityId, details.EmailSenderName, details.EmailAddress, details.WeChatAppId, details.WeComAgentId);
    }
}
