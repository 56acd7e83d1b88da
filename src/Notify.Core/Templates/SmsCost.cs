namespace Notify.Core.Templates;

/// <summary>
/// What one locale's SMS costs when rendered with the schema's samples: its encoding, length in code units, the parts
/// a carrier splits it into (each billed as one message, so also the cost multiple), and whether a signature the body
/// lacks was counted in.
/// </summary>
public sealed record SmsCost(string Locale, SmsEncoding Encoding, int Characters, int Parts, bool SignatureAssumed)
{
    public int CostMultiple => Parts;
}
