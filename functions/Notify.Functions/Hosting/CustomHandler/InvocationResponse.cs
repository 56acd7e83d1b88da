using System.Text.Json.Nodes;

namespace Notify.Functions.Hosting.CustomHandler;

/// <summary>The JSON body a custom handler returns to the Functions host.</summary>
public sealed record InvocationResponse(JsonObject Outputs, IReadOnlyList<string> Logs, JsonNode? ReturnValue)
{
    public static InvocationResponse Empty(params string[] logs) => new([], logs, null);
}
