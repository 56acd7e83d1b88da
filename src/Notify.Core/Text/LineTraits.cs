namespace Notify.Core.Text;

/// <summary>Shapes of a source line that decide how it joins its neighbours.</summary>
[Flags]
internal enum LineTraits
{
    None = 0,

    /// <summary>Two or more tab-separated cells: a row of a table, always a line of its own.</summary>
    TableRow = 1,

    /// <summary>A markdown "- " list entry: starts a line of its own.</summary>
    Bullet = 2,

    /// <summary>An entry of a table of contents: "1 包头市人民政府关于…的通告".</summary>
    ContentsEntry = 4,
}
