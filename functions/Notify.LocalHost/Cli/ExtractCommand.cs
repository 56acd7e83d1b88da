using System.CommandLine;
using Notify.Core.Extraction;
using Notify.Core.Text;
using Notify.Core.Text.Formats;
using Notify.Functions.Ingest;

namespace Notify.LocalHost.Cli;

/// <summary><c>extract FILE</c>: prints the documents and time-bound items found in a policy file as JSON.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A policy document: UTF-8 (with or without BOM) or GB18030 text, a PDF with a text layer, a .docx or an HTML page." };
        var command = new Command("extract", "Print the documents and time-bound items found in a policy file, as JSON.") { file };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!));
        return command;
    }

    public static int Run(FileInfo file)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"extract: {file.FullName} does not exist.");
            return 2;
        }

        if (file.Length > PolicyUploadLimits.MaxDocumentBytes)
        {
            Console.Error.WriteLine($"extract: {file.Name} is {file.Length:N0} bytes; a policy document may be at most {PolicyUploadLimits.MaxDocumentBytes:N0} bytes (10 MB).");
            return 2;
        }

        try
        {
            var content = DocumentText.Read(File.ReadAllBytes(file.FullName), contentType: null, file.Name);
            var result = new PolicyExtractor().ExtractText(content.Text) with { Encoding = content.Encoding };
            Console.Out.WriteLine(ExtractionJson.Serialize(result));
            return 0;
        }
        catch (PolicyTextException exception)
        {
            Console.Error.WriteLine($"extract: {file.Name}: {exception.Message}");
            return 1;
        }
    }
}
