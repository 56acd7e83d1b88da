using Notify.Core.Templates;

namespace Notify.Benchmarks.Templates;

/// <summary>The repository's default templates, found from the benchmark's folder or the working directory upwards.</summary>
public static class TemplateInput
{
    private static readonly Lazy<IReadOnlyDictionary<string, DefaultTemplate>> Loaded = new(() =>
    {
        var folder = DefaultTemplates.Locate(AppContext.BaseDirectory) ?? DefaultTemplates.Locate(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("templates/ not found above the benchmark or the working directory.");
        return DefaultTemplates.Load(folder);
    });

    public static IReadOnlyDictionary<string, DefaultTemplate> Defaults => Loaded.Value;
}
