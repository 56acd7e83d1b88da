namespace Notify.Core.Text;

/// <summary>What lies between two content lines: blank lines, page furniture, web chrome.</summary>
internal readonly record struct LineGap(int Blanks, bool PageBreak, bool Hard)
{
    /// <summary>Nothing at all between the lines: the second follows the first directly.</summary>
    public bool IsTight => Blanks == 0 && !PageBreak && !Hard;

    public LineGap After(LineNoise noise) => noise switch
    {
        LineNoise.Blank => this with { Blanks = Blanks + 1 },
        LineNoise.WebChrome => this with { Hard = true },
        _ => this with { PageBreak = true },
    };
}
