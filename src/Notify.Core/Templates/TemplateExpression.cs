namespace Notify.Core.Templates;

/// <summary>
/// One mustache found in a template, where it starts (1-based line and column), its helper or
/// variable name, and the variables it passes to a helper.
/// </summary>
public sealed record TemplateExpression(TemplateExpressionKind Kind, string Name, IReadOnlyList<string> Arguments, int Line, int Column)
{
    /// <summary>The variables this mustache reads.</summary>
    public IEnumerable<string> Variables => Kind switch
    {
        TemplateExpressionKind.Variable or TemplateExpressionKind.Unescaped => [Name],
        TemplateExpressionKind.Helper or TemplateExpressionKind.BlockOpen => Arguments,
        _ => [],
    };
}
