using Notify.Core.Channels;
using Notify.Functions.Hosting;

namespace Notify.Functions.Channels;

/// <summary>
/// Which channels send for real. "Notify:Channels:Mode" is "sandbox" or "live" (sandbox by default when
/// running locally, live under the Functions host); "Notify:Channels:&lt;Sms|WeChat|WeCom|Email&gt;:Mode"
/// overrides it for one channel.
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Notify:Channels";

    private readonly IReadOnlyDictionary<ChannelKind, ChannelMode> _modes;

    public ChannelOptions(ChannelMode defaultMode, IReadOnlyDictionary<ChannelKind, ChannelMode>? overrides = null)
    {
        DefaultMode = defaultMode;
        _modes = overrides ?? new Dictionary<ChannelKind, ChannelMode>();
    }

    public ChannelMode DefaultMode { get; }

    public ChannelMode ModeFor(ChannelKind kind) => _modes.GetValueOrDefault(kind, DefaultMode);

    public static ChannelOptions From(IConfiguration configuration, HostingMode hosting)
    {
        var section = configuration.GetSection(Section);
        var defaultMode = Parse(section["Mode"], "Mode") ?? (hosting == HostingMode.Local ? ChannelMode.Sandbox : ChannelMode.Live);
        var overrides = new Dictionary<ChannelKind, ChannelMode>();
        foreach (var kind in Enum.GetValues<ChannelKind>())
        {
            if (Parse(section[$"{kind}:Mode"], $"{kind}:Mode") is { } mode)
            {
                overrides[kind] = mode;
            }
        }

        return new ChannelOptions(defaultMode, overrides);
    }

    private static ChannelMode? Parse(string? value, string key) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "SANDBOX" => ChannelMode.Sandbox,
        "LIVE" => ChannelMode.Live,
        _ => throw new InvalidOperationException($"{Section}:{key} is '{value}'; expected 'sandbox' or 'live'."),
    };
}
