using System.Text.RegularExpressions;
using Notify.Functions.Hosting;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>One HTTP route of the app as the function index declares it: its function, method, template and parameters.</summary>
public sealed partial record FuzzRoute(string Function, string Method, string Template)
{
    public IReadOnlyList<string> Parameters { get; } = [.. Parameter().Matches(Template).Select(match => match.Groups["name"].Value)];

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Method} {Template}";

    /// <summary>Every method of every HTTP function in the app, so a new route is fuzzed without being listed.</summary>
    public static IReadOnlyList<FuzzRoute> All() =>
        [.. FunctionIndex.All
            .Where(function => function.Trigger is HttpEndpoint)
            .SelectMany(function => ((HttpEndpoint)function.Trigger).Methods.Select(method => new FuzzRoute(function.Name, method, ((HttpEndpoint)function.Trigger).Route)))];

    /// <summary>The path below /api with each parameter replaced by what <paramref name="valueOf"/> gives (already escaped).</summary>
    public string Path(Func<string, string> valueOf) => "/api/" + Parameter().Replace(Template, match => valueOf(match.Groups["name"].Value));

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
