using Scriban.Runtime;

namespace Notify.Core.Templates;

/// <summary>
/// The closed function set of <see cref="TemplateHelpers"/> as Scriban functions, one read-only set per
/// locale. It is the only thing a template can call: Scriban's own builtins are never imported.
/// </summary>
internal static class TemplateFunctions
{
    private static readonly Dictionary<string, ScriptObject> ByLocale = TemplateLocales.All.ToDictionary(locale => locale, Create, StringComparer.Ordinal);

    public static ScriptObject For(string locale) => ByLocale.TryGetValue(locale, out var functions) ? functions : ByLocale[TemplateLocales.Default];

    private static ScriptObject Create(string locale)
    {
        var functions = new ScriptObject();
        foreach (var name in TemplateHelpers.Names)
        {
            functions.Import(name, new Func<object?, string>(value => TemplateHelpers.Format(name, value, locale)));
        }

        functions.IsReadOnly = true;
        return functions;
    }
}
