using System.Globalization;
using System.Text;

namespace Notify.Functions.Channels.Sandbox;

/// <summary>
/// Appends one line per sandbox send to <see cref="SandboxOptions.SendLog"/>, flushed to the operating system before
/// the send returns, so a process killed right after a send still leaves its line.
/// </summary>
public sealed class SandboxSendLog : IDisposable
{
    private readonly FileStream? _file;
    private readonly Lock _gate = new();

    public SandboxSendLog(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SendLog is { Length: > 0 } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
        }
    }

    public void Append(string deliveryId, string channel, DateTimeOffset at)
    {
        if (_file is null)
        {
            return;
        }

        var line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{deliveryId}\t{channel}\t{at:O}\n"));
        lock (_gate)
        {
            _file.Write(line);
        }
    }

    public void Dispose() => _file?.Dispose();
}
