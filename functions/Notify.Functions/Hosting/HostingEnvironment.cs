using System.Globalization;

namespace Notify.Functions.Hosting;

/// <summary>Reads how and where this process should listen from configuration and the environment.</summary>
public sealed record HostingEnvironment(HostingMode Mode, int? CustomHandlerPort)
{
    /// <summary>Set by the Functions host for the custom-handler child process.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public const string LocalUrl = "http://127.0.0.1:7071";

    public static HostingEnvironment From(IConfiguration configuration)
    {
        var port = configuration[CustomHandlerPortVariable];
        if (string.IsNullOrWhiteSpace(port))
        {
            return new HostingEnvironment(HostingMode.Local, null);
        }

        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
            ? new HostingEnvironment(HostingMode.CustomHandler, value)
            : throw new InvalidOperationException($"{CustomHandlerPortVariable} is '{port}', which is not a TCP port.");
    }
}
