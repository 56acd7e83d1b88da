using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>
/// The notice kinds Notify ships: each kind's variable schema (fixed by the product) and default
/// texts, read once from the templates folder published with the app (or found above the working
/// directory when running from a checkout).
/// </summary>
public sealed class TemplateCatalog
{
    public TemplateCatalog(string templatesFolder)
    {
        Folder = templatesFolder;
        Defaults = DefaultTemplates.Load(templatesFolder);
    }

    public string Folder { get; }

    public IReadOnlyDictionary<string, DefaultTemplate> Defaults { get; }

    public TemplateSchema? SchemaOf(string key) => Defaults.TryGetValue(key, out var template) ? template.Schema : null;

    public static TemplateCatalog Locate(IConfiguration configuration)
    {
        var folder = configuration["Notify:Templates"]
            ?? DefaultTemplates.Locate(AppContext.BaseDirectory)
            ?? DefaultTemplates.Locate(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("No templates folder was found beside the app or above the working directory; set Notify:Templates.");
        return new TemplateCatalog(folder);
    }
}
