using BenchmarkDotNet.Attributes;
using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Benchmarks.Templates;

/// <summary>One render of a default template with its schema's sample values, compiled template cached (the delivery path).</summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private readonly TemplateRenderer _renderer = new();
    private TemplateContent _content = null!;
    private IReadOnlyDictionary<string, object?> _data = null!;
    private ChannelKind _channel;

    /// <summary>"kind channel": SMS for every kind, WeChat for the resident kinds.</summary>
    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    public static IEnumerable<string> Cases() =>
        TemplateKinds.All.Select(kind => $"{kind} {ChannelKind.Sms}")
            .Concat(TemplateKinds.All.Where(kind => TemplateInput.Defaults[kind].Schema.Audience == TemplateAudience.Resident).Select(kind => $"{kind} {ChannelKind.WeChat}"));

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split(' ');
        var template = TemplateInput.Defaults[parts[0]];
        _content = template.Content;
        _data = template.Schema.SampleData();
        _channel = Enum.Parse<ChannelKind>(parts[1]);
        _renderer.Render(_content, TemplateLocales.ChineseSimplified, _channel, _data);
    }

    [Benchmark]
    public MessageContent Render() => _renderer.Render(_content, TemplateLocales.ChineseSimplified, _channel, _data);
}
