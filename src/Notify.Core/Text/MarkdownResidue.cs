using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>What a markdown conversion leaves behind: "## " headings, "**bold**", "- " bullets, "> " quotes.</summary>
internal static partial class MarkdownResidue
{
    [GeneratedRegex(@"^(?:#{1,6}|>)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingOrQuote();

    [GeneratedRegex(@"^[-*+•](?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    /// <returns>The line without markdown; <paramref name="bullet"/> says whether it was a list entry.</returns>
    public static string Strip(string prepared, out bool bullet)
    {
        var text = prepared.Contains("**", StringComparison.Ordinal) ? prepared.Replace("**", string.Empty, StringComparison.Ordinal) : prepared;
        text = HeadingOrQuote().Replace(text, string.Empty, 1);
        var bulletMatch = Bullet().Match(text);
        bullet = bulletMatch.Success;
        return (bullet ? text[bulletMatch.Length..] : text).Trim();
    }
}
