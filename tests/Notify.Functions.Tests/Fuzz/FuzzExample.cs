namespace Notify.Functions.Tests.Fuzz;

/// <summary>A valid body for a route, the seed its mutations grow from.</summary>
public sealed record FuzzExample(byte[] Body, string ContentType)
{
    public bool IsJson => ContentType.StartsWith("application/json", StringComparison.Ordinal);
}
