namespace Notify.Core.Registry;

/// <summary>The languages notices are written in.</summary>
public static class ResidentLanguages
{
    public const string Chinese = "zh";
    public const string Mongolian = "mn";

    public static IReadOnlyList<string> All { get; } = [Chinese, Mongolian];
}
