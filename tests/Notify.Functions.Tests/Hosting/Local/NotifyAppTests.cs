using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Notify.LocalHost.Local;

namespace Notify.Functions.Tests.Hosting.Local;

public sealed partial class NotifyAppTests
{
    [Fact]
    public async Task Build_ConsoleLogLine_StartsWithAUtcTimestampMarkedZ()
    {
        await using var app = NotifyApp.Build([]);
        var formatter = app.Services.GetRequiredService<IEnumerable<ConsoleFormatter>>().Single(formatter => formatter.Name == ConsoleFormatterNames.Simple);
        using var line = new StringWriter();

        formatter.Write(new LogEntry<string>(LogLevel.Information, "Notify", default, "started", null, (state, _) => state), null, line);

        var text = AnsiEscape().Replace(line.ToString(), "");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z info: Notify", text);
        var stamp = DateTimeOffset.Parse(text[..24], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(TimeProvider.System.GetUtcNow() - stamp, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
