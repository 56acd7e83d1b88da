using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;

namespace Notify.Core.Templates;

/// <summary>
/// Parses a template text with Scriban and walks its syntax tree (<see cref="TemplateSyntaxWalker"/>):
/// syntax errors with line and column, the variables read, and anything outside the allowed subset.
/// A text that fails and looks like the old Handlebars syntax gets a finding saying how to write it.
/// </summary>
internal static partial class TemplateAnalyzer
{
    public static TemplateAnalysis Analyze(string source)
    {
        var template = Template.Parse(source);
        var findings = new List<TemplateFinding>();
        var variables = new List<TemplateVariableUse>();
        foreach (var message in template.Messages.Where(message => message.Type == ParserMessageType.Error))
        {
            findings.Add(new(message.Span.Start.Line + 1, message.Span.Start.Column + 1, TemplateIssueCodes.Syntax, message.Message));
        }

        if (!template.HasErrors)
        {
            new TemplateSyntaxWalker(variables, findings).Visit(template.Page);
        }

        if (findings.Count > 0 && HandlebarsMustache().Match(source) is { Success: true } old)
        {
            var (line, column) = Locate(source, old.Index);
            var code = old.Value.EndsWith('{') || old.Value.EndsWith('&') ? TemplateIssueCodes.TripleStash : TemplateIssueCodes.HandlebarsSyntax;
            findings.Insert(0, new(line, column, code, HandlebarsTemplateConverter.Hint(source)));
        }

        return new(template, variables, findings);
    }

    private static (int Line, int Column) Locate(string source, int index)
    {
        var before = source.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{~?\s*(?:[#/!>&^{]|else\s*~?\}\}|(?:cnDate|daysLeft)\s)")]
    private static partial Regex HandlebarsMustache();
}
