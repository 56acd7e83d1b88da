using System.Text;

namespace Notify.Core.Templates;

/// <summary>
/// Reads the mustaches of a Handlebars template with their line and column, so that validation can
/// point at the exact place of a syntax error, an unknown variable or a forbidden construct.
/// Handlebars.Net reports neither, and the subset allowed here (variables, helper calls with
/// variable or literal arguments, if/unless/else blocks, comments) is small enough to read directly.
/// </summary>
public static class TemplateScanner
{
    public static TemplateScan Scan(string source)
    {
        var expressions = new List<TemplateExpression>();
        var segments = new List<TemplateSegment>();
        var literalStart = 0;
        var errors = new List<TemplateSyntaxError>();
        var blocks = new Stack<TemplateExpression>();
        var lines = new LineIndex(source);
        var index = 0;
        while ((index = source.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var (line, column) = lines.Locate(index);
            if (index > 0 && source[index - 1] == '\\')
            {
                index += 2;
                continue;
            }

            var start = index;

            if (Matches(source, index, "{{!--"))
            {
                index = Skip(source, index, "--}}", line, column, errors, "comment {{!-- is not closed with --}}");
                expressions.Add(new(TemplateExpressionKind.Comment, string.Empty, [], line, column));
                AddSegments(source, segments, ref literalStart, start, index, expressions[^1]);
                continue;
            }

            if (Matches(source, index, "{{!"))
            {
                index = Skip(source, index, "}}", line, column, errors, "comment {{! is not closed with }}");
                expressions.Add(new(TemplateExpressionKind.Comment, string.Empty, [], line, column));
                AddSegments(source, segments, ref literalStart, start, index, expressions[^1]);
                continue;
            }

            var triple = Matches(source, index, "{{{");
            var open = triple ? 3 : 2;
            var closer = triple ? "}}}" : "}}";
            var end = source.IndexOf(closer, index + open, StringComparison.Ordinal);
            var nested = source.IndexOf("{{", index + open, StringComparison.Ordinal);
            if (end < 0 || (nested >= 0 && nested < end))
            {
                errors.Add(new(line, column, $"'{(triple ? "{{{" : "{{")}' is not closed with '{closer}'"));
                index += open;
                continue;
            }

            var inner = source[(index + open)..end].Trim().Trim('~').Trim();
            index = end + closer.Length;
            var expression = Read(inner, triple, line, column, errors);
            if (expression is null)
            {
                continue;
            }

            expressions.Add(expression);
            AddSegments(source, segments, ref literalStart, start, index, expression);
            switch (expression.Kind)
            {
                case TemplateExpressionKind.BlockOpen:
                    blocks.Push(expression);
                    break;
                case TemplateExpressionKind.BlockClose when blocks.Count == 0:
                    errors.Add(new(line, column, $"{{{{/{expression.Name}}}}} closes no open block"));
                    break;
                case TemplateExpressionKind.BlockClose when blocks.Peek().Name != expression.Name:
                    errors.Add(new(line, column, $"{{{{/{expression.Name}}}}} does not match {{{{#{blocks.Peek().Name}}}}} opened at line {blocks.Peek().Line}, column {blocks.Peek().Column}"));
                    blocks.Pop();
                    break;
                case TemplateExpressionKind.BlockClose:
                    blocks.Pop();
                    break;
                case TemplateExpressionKind.Else when blocks.Count == 0:
                    errors.Add(new(line, column, "{{else}} outside a block"));
                    break;
                default:
                    break;
            }
        }

        foreach (var block in blocks)
        {
            errors.Add(new(block.Line, block.Column, $"{{{{#{block.Name}}}}} is never closed with {{{{/{block.Name}}}}}"));
        }

        segments.Add(new(source[literalStart..], null, false, false));
        return new(expressions, errors) { Segments = segments };
    }

    private static void AddSegments(string source, List<TemplateSegment> segments, ref int literalStart, int start, int end, TemplateExpression expression)
    {
        var open = source.AsSpan(start).TrimStart('{');
        var close = source.AsSpan(0, end).TrimEnd('}');
        segments.Add(new(source[literalStart..start], null, false, false));
        segments.Add(new(string.Empty, expression, open.Length > 0 && open[0] == '~', close.Length > 0 && close[^1] == '~'));
        literalStart = end;
    }

    private static bool Matches(string source, int index, string token) =>
        string.CompareOrdinal(source, index, token, 0, token.Length) == 0;

    private static int Skip(string source, int index, string closer, int line, int column, List<TemplateSyntaxError> errors, string message)
    {
        var end = source.IndexOf(closer, index + 3, StringComparison.Ordinal);
        if (end < 0)
        {
            errors.Add(new(line, column, message));
            return source.Length;
        }

        return end + closer.Length;
    }

    private static TemplateExpression? Read(string inner, bool triple, int line, int column, List<TemplateSyntaxError> errors)
    {
        if (inner.Length == 0)
        {
            errors.Add(new(line, column, "empty {{ }}"));
            return null;
        }

        var kind = triple ? TemplateExpressionKind.Unescaped : TemplateExpressionKind.Variable;
        switch (inner[0])
        {
            case '#':
                kind = TemplateExpressionKind.BlockOpen;
                inner = inner[1..];
                break;
            case '/':
                kind = TemplateExpressionKind.BlockClose;
                inner = inner[1..];
                break;
            case '&':
                kind = TemplateExpressionKind.Unescaped;
                inner = inner[1..];
                break;
            case '>' or '^' or '*' or '@':
                errors.Add(new(line, column, $"'{inner[0]}' (partials, inverse sections, decorators, data variables) is not supported"));
                return null;
            default:
                break;
        }

        var tokens = Tokenize(inner.Trim(), line, column, errors);
        if (tokens is null || tokens.Count == 0)
        {
            if (tokens is not null)
            {
                errors.Add(new(line, column, "a mustache names nothing"));
            }

            return null;
        }

        var name = tokens[0];
        if (!IsPath(name))
        {
            errors.Add(new(line, column, $"'{name}' is not a name"));
            return null;
        }

        var arguments = tokens.Skip(1).Where(IsPath).ToList();
        if (kind == TemplateExpressionKind.Variable && name == "else" && tokens.Count == 1)
        {
            return new(TemplateExpressionKind.Else, name, [], line, column);
        }

        if (kind == TemplateExpressionKind.Variable && tokens.Count > 1)
        {
            kind = TemplateExpressionKind.Helper;
        }
        else if (kind == TemplateExpressionKind.Unescaped && tokens.Count > 1)
        {
            errors.Add(new(line, column, "a helper call cannot be unescaped"));
            return null;
        }
        else if (kind == TemplateExpressionKind.BlockOpen && tokens.Count != 2)
        {
            errors.Add(new(line, column, $"{{{{#{name}}}}} takes exactly one argument"));
            return null;
        }
        else if (kind == TemplateExpressionKind.BlockClose && tokens.Count != 1)
        {
            errors.Add(new(line, column, $"{{{{/{name}}}}} takes no arguments"));
            return null;
        }

        return new(kind, name, arguments, line, column);
    }

    private static List<string>? Tokenize(string inner, int line, int column, List<TemplateSyntaxError> errors)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c is '"' or '\'')
            {
                var close = inner.IndexOf(c, i + 1);
                if (close < 0)
                {
                    errors.Add(new(line, column, "a string literal is not closed"));
                    return null;
                }

                tokens.Add(inner[i..(close + 1)]);
                i = close;
            }
            else if (c is '(' or ')' or '=' or '|')
            {
                errors.Add(new(line, column, $"'{c}' (subexpressions, hash arguments, block parameters) is not supported"));
                return null;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush(current, tokens);
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsPath(string token) =>
        token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_') && token.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-');

    private sealed class LineIndex(string source)
    {
        private int line = 1;
        private int lineStart;
        private int scanned;

        public (int Line, int Column) Locate(int index)
        {
            for (; scanned < index; scanned++)
            {
                if (source[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            return (line, index - lineStart + 1);
        }
    }
}
