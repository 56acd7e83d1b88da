using System.CommandLine;
using Notify.Functions.Hosting;

namespace Notify.Functions.Cli;

/// <summary><c>function-json --out DIR</c>: writes &lt;FunctionName&gt;/function.json for the Functions host.</summary>
public static class FunctionJsonCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the function folders into (the app root).", Required = true };
        var command = new Command("function-json", "Write <FunctionName>/function.json for every function.") { output };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(output)!;
            var written = FunctionJsonWriter.WriteAll(NotifyFunctions.All.Select(f => f.Declaration), folder.FullName);
            foreach (var path in written)
            {
                Console.WriteLine(Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
            }

            return 0;
        });
        return command;
    }
}
