using System.CommandLine;
using Notify.Core.Units;
using Notify.Functions.Units;

namespace Notify.LocalHost.Cli;

/// <summary><c>units import FILE</c> and <c>units demo-contacts</c>: load unit contacts, or write made-up ones for every unit.</summary>
public static class UnitsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A unit-contact CSV (UTF-8 or GB18030), header: " + UnitContactCsv.Header };
        var import = new Command("import", "Import unit contacts from a CSV: all rows are upserted, or none when any row has errors (the first are printed).") { file };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(parseResult.GetValue(file)!, cancellationToken));

        var demo = new Command("demo-contacts", "Write deterministic demo contacts (WeCom id, 198 0000 xxxx phone, .notify.example email) for every directory unit.");
        demo.SetAction((_, cancellationToken) => DemoContactsAsync(cancellationToken));

        return new Command("units", "Manage unit contacts.") { import, demo };
    }

    public static Task<int> ImportAsync(FileInfo file, CancellationToken cancellationToken) =>
        CsvFileCommand.RunAsync("units import", file, async (services, source, ct) =>
        {
            var result = await services.GetRequiredService<UnitContactImport>().ImportAsync(source, CommandServices.Actor, ct);
            return CsvFileCommand.ReportImport(result.RowsRead, result.Imported, result.Rejected, result.FirstErrors, result.HeaderRejected);
        }, cancellationToken);

    public static Task<int> DemoContactsAsync(CancellationToken cancellationToken) =>
        CommandServices.RunAsync(async (services, ct) =>
        {
            var contacts = DemoUnitContacts.Generate(services.GetRequiredService<UnitDirectory>());
            await services.GetRequiredService<UnitContactStore>().UpsertBatchAsync(contacts, ct);
            Console.WriteLine($"Wrote demo contacts for {contacts.Count:N0} units.");
            return 0;
        }, cancellationToken);
}
