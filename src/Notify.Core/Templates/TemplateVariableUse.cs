namespace Notify.Core.Templates;

/// <summary>A variable a template text reads, and where (1-based line and column).</summary>
internal sealed record TemplateVariableUse(string Name, int Line, int Column);
