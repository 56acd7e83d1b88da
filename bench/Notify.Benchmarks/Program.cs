using Notify.Benchmarks.FanOut;
using Notify.Benchmarks.Import;
using Notify.Benchmarks.CrashSafety;
using Notify.Benchmarks.Parse;
using Notify.Benchmarks.Storage;
using Notify.Benchmarks.Templates;
using Notify.Benchmarks.Units;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (args.Length > 0 && args[0] == "crash")
{
    return await CrashSafetyCommand.RunAsync(args.AsMemory(1), Console.Out, cancellation.Token);
}

if (args.Length > 0 && args[0] == "parse")
{
    ParseBenchmark.Run(Console.Out);
    return 0;
}

if (args.Length > 0 && args[0] == "fanout")
{
    return await FanOutBenchmark.RunAsync(args.AsMemory(1), Console.Out, cancellation.Token);
}

if (args.Length > 0 && args[0] == "import")
{
    return await ImportBenchmark.RunAsync(args.AsMemory(1), Console.Out, cancellation.Token);
}

if (args.Length > 0 && args[0] == "templates")
{
    TemplateBenchmark.Run(Console.Out);
    return 0;
}

if (args.Length > 0 && args[0] == "units")
{
    UnitNameBenchmark.Run(Console.Out);
    return 0;
}

if (args.Length == 0 || args[0] != "storage")
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args.AsSpan(1));
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var results = await StorageBenchmark.RunAsync(options, Console.Out, cancellation.Token);
ResultTable.Write(Console.Out, results);
return 0;
