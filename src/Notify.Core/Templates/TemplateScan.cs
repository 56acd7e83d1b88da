namespace Notify.Core.Templates;

/// <summary>What <see cref="TemplateScanner"/> found in one template: its mustaches and its syntax errors.</summary>
public sealed record TemplateScan(IReadOnlyList<TemplateExpression> Expressions, IReadOnlyList<TemplateSyntaxError> Errors)
{
    /// <summary>The distinct variables the template reads, in order of first use.</summary>
    /// <summary>The template in order: literal text, and each mustache with its whitespace control (~).</summary>
    public IReadOnlyList<TemplateSegment> Segments { get; init; } = [];

    public IReadOnlyList<string> Variables => [.. Expressions.SelectMany(expression => expression.Variables).Distinct(StringComparer.Ordinal)];
}
