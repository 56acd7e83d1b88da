using Notify.Core.Channels;

namespace Notify.Core.Templates;

/// <summary>
/// What an SMS may cost: above <see cref="WarnAboveParts"/> parts a save is warned (each part is billed as one
/// message), above <see cref="MaxParts"/> it is refused. A body that does not carry its 【签名】 is counted as if it
/// started with one of <see cref="MaxSignatureLength"/> characters, because the SMS path prefixes the sender's.
/// </summary>
public sealed record SmsLimits(int MaxParts = 4, int WarnAboveParts = 2, int MaxSignatureLength = SmsSignature.MaxNameLength)
{
    public static SmsLimits Default { get; } = new();

    /// <summary>The longest signature the SMS path may prefix, brackets included: 【 + name + 】.</summary>
    public string LongestSignature => "【" + new string('签', MaxSignatureLength) + "】";
}
