using Notify.Functions.Access;

namespace Notify.LocalHost.Demo;

/// <summary>
/// An every-role API key for whoever runs the demo, kept in a local file (readable by its owner only) so that a
/// re-run reuses it. A key the store no longer accepts (storage wiped, key revoked) is replaced by a new one.
/// </summary>
public sealed class DemoAdminKey(ApiKeyStore keys)
{
    public const string KeyName = "notify demo admin";

    /// <summary>Makes sure <paramref name="path"/> holds a working key; returns true when a new key was created.</summary>
    public async Task<bool> EnsureAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path) && await keys.AuthenticateAsync((await File.ReadAllTextAsync(path, cancellationToken)).Trim(), cancellationToken) is not null)
        {
            return false;
        }

        var (_, key) = await keys.CreateAsync(KeyName, Enum.GetValues<ApiRole>(), cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, key + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return true;
    }
}
