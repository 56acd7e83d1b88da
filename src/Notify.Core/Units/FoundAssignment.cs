namespace Notify.Core.Units;

/// <summary>An assignment found in the text, before its scope is known.</summary>
internal sealed class FoundAssignment
{
    public required int FirstLine { get; init; }

    /// <summary>The line where the assignment text ends (a later line when it was continued after a page break).</summary>
    public required int AnchorLine { get; set; }

    /// <summary>Where the assignment text ends on <see cref="AnchorLine"/>.</summary>
    public required int EndChar { get; set; }

    /// <summary>The assignment text opens its first line: a 牵头单位 line, or a parenthetical on a line of its own.</summary>
    public required bool StartsLine { get; init; }

    /// <summary>A parenthetical inside a heading that is only a title ("（一）加强组织领导（牵头单位：市发改委）").</summary>
    public bool OnTitleHeading { get; init; }

    public bool IsLabelLine { get; init; }

    /// <summary>A row of a task table: it holds on its own line only.</summary>
    public bool CoversOwnLinesOnly { get; init; }

    public required string Source { get; init; }

    public List<string> Labels { get; } = [];

    public List<RoledUnit> Units { get; } = [];

    public List<string> Notes { get; } = [];
}
