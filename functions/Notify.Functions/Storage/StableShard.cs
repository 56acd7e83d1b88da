using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Storage;

/// <summary>
/// Spreads keys over a fixed number of partitions: the first four bytes of the key's SHA-256, modulo the count.
/// Stable across processes and versions, unlike string.GetHashCode.
/// </summary>
public static class StableShard
{
    public static int Of(string key, int shards)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % (uint)shards);
    }
}
