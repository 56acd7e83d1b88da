using System.Text;
using System.Text.RegularExpressions;

namespace Notify.Core.Templates;

/// <summary>
/// Rewrites a template text of the old Handlebars subset (variables, cnDate/yuan/daysLeft/mask, #if/#unless/else,
/// comments, ~) into Scriban that renders the same: helpers become pipes, a block on a line of its own keeps
/// Handlebars' dropping of that line (<c>{{~ … ~}}</c>), and Handlebars' truthiness becomes an explicit
/// comparison chosen by the variable's type. Anything else is refused with a message saying what to write.
/// </summary>
public static partial class HandlebarsTemplateConverter
{
    private static readonly Dictionary<string, string> Helpers = new(StringComparer.Ordinal)
    {
        ["cnDate"] = TemplateHelpers.ChineseDate,
        ["yuan"] = TemplateHelpers.Yuan,
        ["daysLeft"] = TemplateHelpers.DaysLeft,
        ["mask"] = TemplateHelpers.Mask,
    };

    /// <summary>The Scriban text, or null and the reason it cannot be converted. <paramref name="typeOf"/> gives a variable's type (null when unknown).</summary>
    public static (string? Scriban, string? Problem) Convert(string source, Func<string, TemplateVariableType?> typeOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(typeOf);
        var output = new StringBuilder(source.Length + 16);
        var last = 0;
        foreach (Match mustache in Mustache().Matches(source))
        {
            output.Append(source, last, mustache.Index - last);
            last = mustache.Index + mustache.Length;
            var (code, block, problem) = Translate(mustache, typeOf);
            if (problem is not null)
            {
                return (null, $"line {Line(source, mustache.Index)}: {problem}");
            }

            var standalone = block && IsStandalone(source, mustache.Index, last);
            var left = mustache.Groups["ltrim"].Success ? "-" : standalone ? "~" : "";
            var right = mustache.Groups["rtrim"].Success ? "-" : standalone ? "~" : "";
            output.Append("{{").Append(left).Append(' ').Append(code).Append(' ').Append(right).Append("}}");
        }

        return (output.Append(source, last, source.Length - last).ToString(), null);
    }

    /// <summary>Every text of a version saved in the old syntax, converted; or the version unchanged and why it cannot be.</summary>
    public static (TemplateContent Content, string? Problem) Convert(TemplateContent content, TemplateSchema? schema)
    {
        ArgumentNullException.ThrowIfNull(content);
        string? problem = null;
        var locales = content.Locales.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Rewrite(source =>
            {
                var (scriban, refused) = Convert(source, name => schema?.Find(name)?.Type);
                problem ??= refused is null ? null : $"{pair.Key}: {refused}";
                return scriban ?? source;
            }),
            StringComparer.Ordinal);
        return problem is null ? (content with { Locales = locales }, null) : (content, problem);
    }

    /// <summary>What to tell an admin whose text is still in Handlebars: the Scriban to write, or what cannot be converted.</summary>
    public static string Hint(string source)
    {
        var (scriban, problem) = Convert(source, _ => null);
        return scriban is not null
            ? $"this is the old Handlebars syntax; in Scriban it reads: {Shorten(scriban)}"
            : $"this is the old Handlebars syntax; {problem}";
    }

    private static (string Code, bool Block, string? Problem) Translate(Match mustache, Func<string, TemplateVariableType?> typeOf)
    {
        var text = mustache.Value;
        if (mustache.Groups["comment"].Success)
        {
            return ("# " + mustache.Groups["comment"].Value.Trim('!', '-', ' ').ReplaceLineEndings(" "), true, null);
        }

        var body = mustache.Groups["body"].Value.Trim();
        if (mustache.Groups["triple"].Success || body.StartsWith('&'))
        {
            var name = (mustache.Groups["triple"].Success ? mustache.Groups["triple"].Value : body).Trim('&', '{', '}', ' ');
            return ("", false, $"'{text}' would output '{name}' without escaping; write {{{{ {name} }}}}");
        }

        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["else"] => ("else", true, null),
            ["/if" or "/unless"] => ("end", true, null),
            ["#if", var name] when IsName(name) => Condition(name, negate: false, typeOf),
            ["#unless", var name] when IsName(name) => Condition(name, negate: true, typeOf),
            [var name] when IsName(name) && !Helpers.ContainsKey(name) => (name, false, null),
            [var helper, var name] when Helpers.TryGetValue(helper, out var function) && IsName(name) => ($"{name} | {function}", false, null),
            _ => ("", false, $"'{text}' has no Scriban form here; a template may use {{{{ name }}}}, {{{{ name | {string.Join(" / ", TemplateHelpers.Names)} }}}} and {{{{ if name != \"\" }}}} … {{{{ else }}}} … {{{{ end }}}}"),
        };
    }

    private static (string Code, bool Block, string? Problem) Condition(string name, bool negate, Func<string, TemplateVariableType?> typeOf)
    {
        var comparison = negate ? "==" : "!=";
        return typeOf(name) switch
        {
            TemplateVariableType.Money or TemplateVariableType.Integer or TemplateVariableType.Days => ($"if {name} {comparison} 0", true, null),
            null => ("", true, $"'{{{{#{(negate ? "unless" : "if")} {name}}}}}' becomes {{{{ if {name} {comparison} \"\" }}}} for text or {{{{ if {name} {comparison} 0 }}}} for a number, closed by {{{{ end }}}}"),
            _ => ($"if {name} {comparison} \"\"", true, null),
        };
    }

    // Handlebars drops a line holding only a block tag, else or a comment, with its line break.
    private static bool IsStandalone(string source, int start, int end)
    {
        var lineStart = source.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var lineEnd = source.IndexOf('\n', end);
        return string.IsNullOrWhiteSpace(source[lineStart..start]) && string.IsNullOrWhiteSpace(source[end..(lineEnd < 0 ? source.Length : lineEnd)]);
    }

    private static bool IsName(string word) => Name().IsMatch(word);

    private static int Line(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    [GeneratedRegex(@"\{\{(?<ltrim>~)?(?:(?<comment>!--.*?--|![^}]*)|(?<triple>\{[^}]*\})|(?<body>[^{}]*?))(?<rtrim>~)?\}\}", RegexOptions.Singleline)]
    private static partial Regex Mustache();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Name();
}
