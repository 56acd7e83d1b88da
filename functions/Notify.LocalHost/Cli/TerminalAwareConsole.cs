using Spectre.Console;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Spectre.Console consoles for the command line. On a terminal Spectre detects colours, Unicode and live redraws.
/// Anywhere else (output redirected to a file or a pipe, a <see cref="StringWriter"/> in tests) there are no ANSI
/// sequences and no live display, and lines are wide enough that tables are not wrapped: plain lines a log can keep.
/// </summary>
public static class TerminalAwareConsole
{
    private const int RedirectedWidth = 200;

    /// <summary>A console on <paramref name="writer"/>, which is a terminal only when it is the standard output or error and not redirected.</summary>
    public static IAnsiConsole Create(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new AnsiConsoleOutput(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = output.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = output.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!output.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
