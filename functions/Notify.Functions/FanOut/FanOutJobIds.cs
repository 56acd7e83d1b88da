using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.FanOut;

/// <summary>A fan-out job's id: derived from its occurrence's row key, so every request for one occurrence is the same job.</summary>
public static class FanOutJobIds
{
    public static string For(string occurrenceKey)
    {
        ArgumentNullException.ThrowIfNull(occurrenceKey);
        return "j" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(occurrenceKey)))[..16];
    }
}
