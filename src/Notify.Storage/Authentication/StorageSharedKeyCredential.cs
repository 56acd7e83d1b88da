using System.Security.Cryptography;
using System.Text;

namespace Notify.Storage.Authentication;

/// <summary>An account name and its decoded account key, used to compute Shared Key signatures.</summary>
public sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    /// <exception cref="FormatException">The account key is not valid Base64 (the key itself is never echoed).</exception>
    public StorageSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            throw new FormatException($"The AccountKey for storage account '{accountName}' is not valid Base64.");
        }
    }

    public string AccountName { get; }

    /// <summary>Base64(HMAC-SHA256(key, UTF-8(stringToSign))).</summary>
    public string ComputeSignature(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));
}
