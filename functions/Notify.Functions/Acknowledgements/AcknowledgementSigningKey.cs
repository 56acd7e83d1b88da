using System.Security.Cryptography;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure;

namespace Notify.Functions.Acknowledgements;

/// <summary>
/// The HMAC key acknowledgement links are signed with: the configured one, or else a random key kept in the
/// Acknowledgements table (partition "signing-key"), created by whichever instance asks first, so every instance
/// and every restart signs and checks with the same key.
/// </summary>
public sealed class AcknowledgementSigningKey
{
    public const string Partition = "signing-key";
    public const string Row = "hmac-sha256";
    public const int KeyBytes = 32;

    private readonly TableClient _table;
    private byte[]? _key;

    public AcknowledgementSigningKey(StorageClients storage, byte[]? configuredKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _table = storage.GetTableClient(Tables.Acknowledgements);
        _key = configuredKey;
    }

    /// <summary>Parses the base64 setting; null when absent. A key shorter than 32 bytes is refused.</summary>
    /// <exception cref="FormatException">The setting is not base64 or is too short (its value is never echoed).</exception>
    public static byte[]? Parse(string? configured, string settingName)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var buffer = new byte[configured.Length];
        if (!Convert.TryFromBase64String(configured.Trim(), buffer, out var length) || length < KeyBytes)
        {
            throw new FormatException($"{settingName} must be base64 of at least {KeyBytes} random bytes.");
        }

        return buffer[..length];
    }

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        // Two callers may load at once; both end up with the one stored key, so no lock is needed.
        if (Volatile.Read(ref _key) is { } key)
        {
            return key;
        }

        key = await LoadOrCreateAsync(cancellationToken);
        Volatile.Write(ref _key, key);
        return key;
    }

    /// <summary>The key for synchronous callers: only the first call of a process (with no configured key) waits for storage.</summary>
    public byte[] Get() => Volatile.Read(ref _key) ?? GetAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } stored)
        {
            return stored;
        }

        var fresh = RandomNumberGenerator.GetBytes(KeyBytes);
        try
        {
            await _table.AddEntityAsync(new TableEntity(Partition, Row) { ["Key"] = Convert.ToBase64String(fresh) }, cancellationToken);
            return fresh;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            // Another instance created the key first: use theirs.
            return await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The acknowledgement signing key vanished after it was created.");
        }
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(Partition, Row, cancellationToken: cancellationToken) is { } entity && entity.GetString("Key") is { } text
            ? Convert.FromBase64String(text)
            : null;
}
