namespace Notify.Core.Documents;

/// <summary>One document of a policy text: a notice, announcement or plan, with the lines it owns.</summary>
public sealed record PolicyDocument
{
    /// <summary>The 文号 with 〔〕 brackets whatever the source used: 包府发〔2019〕41号. Null for a document without one.</summary>
    public string? DocNumber { get; init; }

    public string? Title { get; init; }

    /// <summary>From the title ("包头市人民政府办公室关于…") or, failing that, the signature block.</summary>
    public string? Issuer { get; init; }

    /// <summary>The signature date; for a web page without one, its 发布日期.</summary>
    public DateOnly? Signed { get; init; }

    /// <summary>A web page's 发布日期 or a gazette issue's 出版 date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The 1-based source line where the document's header starts (its 文号 or title, whichever comes first).</summary>
    public required int Line { get; init; }

    /// <summary>主送: "各旗、县、区人民政府", "稀土高新区管委会", "市直有关部门、单位" …</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>Marked 此件公开发布 or 此件主动公开.</summary>
    public bool Public { get; init; }

    /// <summary>First index into <see cref="Text.NormalizedText.Lines"/> the document owns (its header).</summary>
    public required int FirstLineIndex { get; init; }

    /// <summary>Last index into <see cref="Text.NormalizedText.Lines"/> the document owns, attached plan included.</summary>
    public required int LastLineIndex { get; init; }

    public bool Contains(int lineIndex) => lineIndex >= FirstLineIndex && lineIndex <= LastLineIndex;
}
