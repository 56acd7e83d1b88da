namespace Notify.Core.Templates;

/// <summary>A piece of a template: literal <see cref="Text"/> when <see cref="Expression"/> is null, else a mustache and whether it trims the whitespace before or after it (~).</summary>
public sealed record TemplateSegment(string Text, TemplateExpression? Expression, bool TrimBefore, bool TrimAfter);
