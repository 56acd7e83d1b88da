using AngleSharp.Dom;

namespace Notify.Core.Text.Formats;

/// <summary>The parts of a web page around the article: removed before its text is read.</summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "iframe", "form", "button", "select", "input",
        "textarea", "svg", "canvas", "object", "embed", "audio", "video", "map", "menu",
    };

    // header and footer are the site's unless they sit inside the article.
    private static readonly HashSet<string> SiteFrameTags = new(StringComparer.OrdinalIgnoreCase) { "header", "footer" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Words in class and id values that name chrome on government sites (English and pinyin).</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread",
        "position", "location", "weizhi", "dqwz", "share", "sharebar", "bdsharebuttonbox", "fenxiang", "social",
        "sidebar", "toolbar", "topbar", "copyright", "banner", "search", "login", "print", "pager", "pagination",
        "related", "xgxx", "qrcode", "ewm", "skip", "fontsize", "zihao",
    };

    private static readonly HashSet<string> SiteFrameWords = new(StringComparer.OrdinalIgnoreCase) { "header", "footer", "foot" };

    private static readonly char[] WordSeparators = [' ', '-', '_', '\t'];

    public static void Remove(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is not null && IsChrome(element))
            {
                element.Remove();
            }
        }
    }

    private static bool IsChrome(IElement element)
    {
        // A header holding the page's h1 (or inside the article) is the article's, not the site's.
        var inArticle = (element.Closest("article, main") is { } article && article != element) || element.QuerySelector("h1") is not null;
        if (ChromeTags.Contains(element.LocalName) || (!inArticle && SiteFrameTags.Contains(element.LocalName)))
        {
            return true;
        }

        if (ChromeRoles.Contains(element.GetAttribute("role") ?? "") || element.HasAttribute("hidden") || IsHiddenByStyle(element))
        {
            return true;
        }

        var words = $"{element.ClassName} {element.Id}".Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Any(ChromeWords.Contains) || (!inArticle && words.Any(SiteFrameWords.Contains));
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
