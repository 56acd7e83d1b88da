namespace Notify.Functions.Hosting;

/// <summary>
/// An HTTP function's methods (upper case) and route below the host's route prefix ("api"). Route templates use the
/// syntax Functions and ASP.NET Core share ("policies/{id}").
/// </summary>
public sealed record HttpEndpoint(IReadOnlyList<string> Methods, string Route) : FunctionTrigger;
