namespace Notify.Functions.Hosting;

/// <summary>
/// Serves one HTTP method on a route below the host's route prefix ("api"). Route templates use the
/// syntax Functions and ASP.NET Core share ("policies/{id}").
/// </summary>
public sealed record HttpTrigger(string Method, string Route) : FunctionTrigger
{
    public const string RequestBindingName = "req";
    public const string ResponseBindingName = "res";
}
