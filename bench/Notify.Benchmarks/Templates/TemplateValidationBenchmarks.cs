using BenchmarkDotNet.Attributes;
using Notify.Core.Templates;

namespace Notify.Benchmarks.Templates;

/// <summary>
/// Validation of a whole default template (every locale, channel and part: parse and walk, render the samples,
/// channel rules), as on every save; nothing is cached between runs.
/// </summary>
[MemoryDiagnoser]
public class TemplateValidationBenchmarks
{
    private DefaultTemplate _template = null!;

    [Params(TemplateKinds.UnitDeadlineNudge, TemplateKinds.ResidentWindowOpening)]
    public string Kind { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _template = TemplateInput.Defaults[Kind];

    [Benchmark]
    public int Validate() => TemplateValidator.Validate(_template.Content, _template.Schema).Count;
}
