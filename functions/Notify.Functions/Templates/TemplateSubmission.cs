using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>The body of a save or validate request: options and the texts per locale (the key and version come from the route and the store).</summary>
public sealed record TemplateSubmission(TemplateOptions Options, IReadOnlyDictionary<string, LocalizedTemplates> Locales)
{
    public TemplateContent ToContent(string key) => new(key, 0, Options, Locales);
}
