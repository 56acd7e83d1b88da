using Scriban;

namespace Notify.Core.Templates;

/// <summary>One template text parsed by Scriban: the template, the variables it reads and everything wrong with it.</summary>
internal sealed record TemplateAnalysis(Template Template, IReadOnlyList<TemplateVariableUse> Variables, IReadOnlyList<TemplateFinding> Findings)
{
    public IEnumerable<string> VariableNames => Variables.Select(variable => variable.Name).Distinct(StringComparer.Ordinal);
}
