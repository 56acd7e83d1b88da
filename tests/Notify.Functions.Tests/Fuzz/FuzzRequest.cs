namespace Notify.Functions.Tests.Fuzz;

/// <summary>
/// One request of a fuzz run. <paramref name="LengthLie"/>, when set, is added to the body's true length in the
/// Content-Length header (the request then goes over a raw socket, which is the only way to send that lie).
/// </summary>
public sealed record FuzzRequest(
    FuzzRoute Route,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    int? LengthLie = null);
