using System.Text.Json.Serialization;

namespace Notify.Functions.FanOut;

/// <summary>
/// One recipient in a delivery batch, with what the send needs so it reads nothing per person: addresses per
/// channel, channels in order of preference, the channels they refused, their language and category.
/// <see cref="CapReason"/> is set when the fan-out already decided not to send (the daily cap). <see cref="OnBehalfOf"/>
/// lists the units without a contact an issuing authority receives the message for; it is left out of the queue message
/// when null, as a batch of 200 residents is close to the 64 KB a queue message may hold.
/// </summary>
public sealed record FanOutRecipient(
    string Id,
    string Name,
    IReadOnlyDictionary<string, string> Addresses,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> OptedOut,
    string Language,
    string? Category,
    string? CapReason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? OnBehalfOf = null);
