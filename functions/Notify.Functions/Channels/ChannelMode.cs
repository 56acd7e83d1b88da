namespace Notify.Functions.Channels;

/// <summary>Whether a channel really sends (<see cref="Live"/>) or only records what it would have sent (<see cref="Sandbox"/>).</summary>
public enum ChannelMode
{
    Sandbox,
    Live,
}
