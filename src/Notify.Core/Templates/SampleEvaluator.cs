using System.Globalization;
using System.Net;
using System.Text;

namespace Notify.Core.Templates;

/// <summary>
/// Renders a scanned template of the allowed subset (variables, the closed helpers, if/unless/else,
/// comments, ~ and standalone lines) without Handlebars.Net. Building a Handlebars.Net template costs
/// about a millisecond per part, too slow to validate a whole template on every save within 5 ms;
/// a test keeps this evaluator's output identical to <see cref="TemplateRenderer"/>'s.
/// </summary>
internal static class SampleEvaluator
{
    public static string Render(TemplateScan scan, IReadOnlyDictionary<string, object?> data, string locale, bool html)
    {
        var segments = scan.Segments;
        var texts = segments.Select(segment => segment.Text).ToArray();
        StripStandaloneLines(segments, texts);

        var output = new StringBuilder();
        var active = new Stack<bool>();
        var shown = true;
        var trimNext = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var expression = segments[i].Expression;
            if (expression is null)
            {
                var text = trimNext ? texts[i].TrimStart() : texts[i];
                trimNext = false;
                if (i + 1 < segments.Count && segments[i + 1].TrimBefore)
                {
                    text = text.TrimEnd();
                }

                if (shown)
                {
                    output.Append(text);
                }

                continue;
            }

            trimNext = segments[i].TrimAfter;
            switch (expression.Kind)
            {
                case TemplateExpressionKind.Variable or TemplateExpressionKind.Unescaped when shown:
                    var value = Convert.ToString(Value(data, expression.Name), CultureInfo.InvariantCulture) ?? string.Empty;
                    output.Append(html && expression.Kind == TemplateExpressionKind.Variable ? WebUtility.HtmlEncode(value) : value);
                    break;
                case TemplateExpressionKind.Helper when shown:
                    var formatted = TemplateHelpers.Format(expression.Name, Value(data, expression.Arguments[0]), locale);
                    output.Append(html ? WebUtility.HtmlEncode(formatted) : formatted);
                    break;
                case TemplateExpressionKind.BlockOpen:
                    active.Push(shown);
                    shown = shown && (IsTruthy(Value(data, expression.Arguments[0])) ^ (expression.Name == "unless"));
                    break;
                case TemplateExpressionKind.Else:
                    shown = active.Peek() && !shown;
                    break;
                case TemplateExpressionKind.BlockClose:
                    shown = active.Pop();
                    break;
                default:
                    break;
            }
        }

        return output.ToString();
    }

    private static object? Value(IReadOnlyDictionary<string, object?> data, string name) =>
        data.TryGetValue(name, out var value) && value is not null ? value : throw new MissingVariableException(name);

    private static bool IsTruthy(object? value) => value switch
    {
        null or false => false,
        string text => text.Length > 0,
        int number => number != 0,
        decimal number => number != 0,
        double number => number != 0,
        _ => true,
    };

    // Handlebars drops a line that holds only a block tag, {{else}} or a comment, with its line break.
    private static void StripStandaloneLines(IReadOnlyList<TemplateSegment> segments, string[] texts)
    {
        var standalone = new bool[segments.Count];
        for (var i = 1; i + 1 < segments.Count; i++)
        {
            var expression = segments[i].Expression;
            if (expression is null
                || expression.Kind is TemplateExpressionKind.Variable or TemplateExpressionKind.Unescaped or TemplateExpressionKind.Helper
                || segments[i].TrimBefore || segments[i].TrimAfter)
            {
                continue;
            }

            var before = texts[i - 1];
            var lineStart = before.LastIndexOf('\n') + 1;
            var after = texts[i + 1];
            var lineEnd = after.IndexOf('\n', StringComparison.Ordinal);
            standalone[i] = (lineStart > 0 || i == 1) && string.IsNullOrWhiteSpace(before[lineStart..])
                && (lineEnd >= 0 || i + 2 == segments.Count) && string.IsNullOrWhiteSpace(lineEnd >= 0 ? after[..lineEnd] : after);
        }

        for (var i = 1; i + 1 < segments.Count; i++)
        {
            if (standalone[i])
            {
                texts[i - 1] = texts[i - 1][..(texts[i - 1].LastIndexOf('\n') + 1)];
                var lineEnd = texts[i + 1].IndexOf('\n', StringComparison.Ordinal);
                texts[i + 1] = lineEnd >= 0 ? texts[i + 1][(lineEnd + 1)..] : string.Empty;
            }
        }
    }
}
