namespace Notify.Functions.Channels.Sandbox;

/// <summary>
/// Where sandbox channels record what they would have sent ("Notify:Channels:Sandbox"). <see cref="RecordInTable"/>
/// keeps every message's text in SandboxMessages for people to read; <see cref="SendLog"/> appends one line per send
/// (delivery id, channel, time) to a file, which is what crash and load tests count sends by: a line is written for
/// every send, a row is overwritten by a repeat.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Notify:Channels:Sandbox";

    public bool RecordInTable { get; init; } = true;

    public string? SendLog { get; init; }
}
