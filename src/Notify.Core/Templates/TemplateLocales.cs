namespace Notify.Core.Templates;

/// <summary>The locales templates are written in; anything missing falls back to <see cref="Default"/>.</summary>
public static class TemplateLocales
{
    public const string ChineseSimplified = "zh-Hans";

    /// <summary>Mongolian in the traditional (vertical) script.</summary>
    public const string MongolianTraditional = "mn-Mong";

    public const string Default = ChineseSimplified;

    public static IReadOnlyList<string> All { get; } = [ChineseSimplified, MongolianTraditional];
}
