namespace Notify.LocalHost.Demo;

/// <summary>What <c>notify demo</c> sets up: how many synthetic residents (and their seed) and where the sample documents are.</summary>
/// <param name="Residents">How many residents the registry should hold; 0 leaves the registry alone.</param>
/// <param name="Seed">The resident generator's seed; the same seed gives the same residents.</param>
/// <param name="SamplesFolder">The folder holding <see cref="DemoSamples.FileNames"/>.</param>
public sealed record DemoOptions(int Residents, int Seed, string SamplesFolder)
{
    public const int DefaultResidents = 30_000;

    public const int DefaultSeed = 7;
}
