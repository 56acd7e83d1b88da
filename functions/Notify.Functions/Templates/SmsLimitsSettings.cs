using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>
/// The SMS cost limits template saves are checked against: Notify:Templates:MaxSmsParts (refused above),
/// Notify:Templates:WarnAboveSmsParts (warned above) and Notify:Sms:MaxSignatureLength (the characters inside the
/// longest 【签名】 a sender profile may carry, counted for a body that has none).
/// </summary>
public static class SmsLimitsSettings
{
    public static SmsLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = SmsLimits.Default;
        return new(
            configuration.GetValue("Notify:Templates:MaxSmsParts", defaults.MaxParts),
            configuration.GetValue("Notify:Templates:WarnAboveSmsParts", defaults.WarnAboveParts),
            configuration.GetValue("Notify:Sms:MaxSignatureLength", defaults.MaxSignatureLength));
    }
}
