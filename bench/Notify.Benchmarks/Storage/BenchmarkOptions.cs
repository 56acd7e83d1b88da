using System.Globalization;

namespace Notify.Benchmarks.Storage;

/// <summary>Command-line options of the <c>storage</c> benchmark.</summary>
public sealed record BenchmarkOptions(string ConnectionString, int Messages, int Entities, int Concurrency)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Notify.Benchmarks -- storage [--connection CS] [--messages N] [--entities N] [--concurrency N]";

    public static BenchmarkOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new BenchmarkOptions("UseDevelopmentStorage=true", Messages: 1000, Entities: 5000, Concurrency: 16);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--connection" => options with { ConnectionString = value },
                "--messages" => options with { Messages = Positive(args[i], value) },
                "--entities" => options with { Entities = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number.");
}
