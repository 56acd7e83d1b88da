using Notify.Core.Channels;
using Notify.Functions.Storage;

namespace Notify.Functions.Channels.Sandbox;

/// <summary>One <see cref="SandboxChannel"/> per <see cref="ChannelKind"/>, all writing to the SandboxMessages table.</summary>
public sealed class SandboxChannels
{
    private readonly Dictionary<ChannelKind, SandboxChannel> _channels;

    public SandboxChannels(StorageClients storage, SandboxOptions options, SandboxSendLog sendLog, TimeProvider time, ILogger<SandboxChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var table = storage.GetTableClient(Tables.SandboxMessages);
        _channels = Enum.GetValues<ChannelKind>().ToDictionary(kind => kind, kind => new SandboxChannel(kind, table, options, sendLog, time, logger));
    }

    public SandboxChannel For(ChannelKind kind) => _channels[kind];
}
