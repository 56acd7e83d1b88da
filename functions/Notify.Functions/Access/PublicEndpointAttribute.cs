namespace Notify.Functions.Access;

/// <summary>
/// The HTTP function takes no API key: it is called by people following a link or by providers, and checks
/// their signatures itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PublicEndpointAttribute : Attribute;
