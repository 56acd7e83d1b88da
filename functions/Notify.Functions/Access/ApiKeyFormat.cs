using System.Security.Cryptography;

namespace Notify.Functions.Access;

/// <summary>
/// Keys look like <c>nfy_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the stored record, the secret is
/// checked against its hash. Secrets are 32 random bytes, so a plain SHA-256 is a sufficient hash.
/// </summary>
public static class ApiKeyFormat
{
    public const string HeaderName = "X-Api-Key";

    private const string Prefix = "nfy_";

    public static (string Id, string Secret, string Key) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, secret, $"{Prefix}{id}_{secret}");
    }

    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = key.IndexOf('_', Prefix.Length);
        if (separator != Prefix.Length + 12 || separator == key.Length - 1)
        {
            return false;
        }

        id = key[Prefix.Length..separator];
        secret = key[(separator + 1)..];
        return id.All(char.IsAsciiHexDigitLower);
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string expectedSha256) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Hash(secret)),
            System.Text.Encoding.ASCII.GetBytes(expectedSha256));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
