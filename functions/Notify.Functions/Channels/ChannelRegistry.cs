using Notify.Core.Channels;
using Notify.Functions.Channels.Sandbox;

namespace Notify.Functions.Channels;

/// <summary>
/// The channel to send on for each <see cref="ChannelKind"/>: its sandbox or its live implementation,
/// per <see cref="ChannelOptions"/>. Live channels are registered as keyed services:
/// <c>services.AddKeyedSingleton&lt;IMessageChannel, X&gt;(ChannelKind.Sms)</c>.
/// </summary>
public sealed class ChannelRegistry(
    IServiceProvider services, ChannelOptions options, SandboxChannels sandbox, CircuitBreakerOptions breaker, TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ChannelKind, IMessageChannel> _live = new();

    public ChannelMode ModeFor(ChannelKind kind) => options.ModeFor(kind);

    public IMessageChannel Resolve(ChannelKind kind) => options.ModeFor(kind) switch
    {
        ChannelMode.Sandbox => sandbox.For(kind),
        _ => _live.GetOrAdd(kind, Guard),
    };

    private GuardedChannel Guard(ChannelKind kind) => new(
        services.GetKeyedService<IMessageChannel>(kind)
            ?? throw new InvalidOperationException(
                $"The {kind} channel is set to live but no live {kind} channel is registered; register one with " +
                $"AddKeyedSingleton<IMessageChannel, ...>(ChannelKind.{kind}) or set {ChannelOptions.Section}:{kind}:Mode to sandbox."),
        breaker,
        clock);
}
