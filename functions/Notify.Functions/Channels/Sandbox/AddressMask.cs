using Notify.Core.Channels;

namespace Notify.Functions.Channels.Sandbox;

/// <summary>Masks an address for logs: 138****0000, z***@example.cn, oA****Xy.</summary>
public static class AddressMask
{
    public static string Mask(ChannelKind kind, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return kind switch
        {
            ChannelKind.Sms => MaskPhone(address),
            ChannelKind.Email => MaskEmail(address),
            _ => MaskId(address),
        };
    }

    private static string MaskPhone(string phone)
    {
        var digits = phone.Trim();
        return digits.Length >= 8 ? $"{digits[..3]}****{digits[^4..]}" : "****";
    }

    private static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "****" : $"{email[0]}***{email[at..]}";
    }

    private static string MaskId(string id) => id.Length > 8 ? $"{id[..2]}****{id[^2..]}" : "****";
}
