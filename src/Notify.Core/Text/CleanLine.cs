namespace Notify.Core.Text;

/// <summary>One source line after character normalization and noise recognition, before re-joining.</summary>
internal sealed class CleanLine(string text, int sourceLine, LineNoise noise, LineTraits traits = LineTraits.None)
{
    public string Text { get; } = text;

    public int SourceLine { get; } = sourceLine;

    public LineNoise Noise { get; set; } = noise;

    public LineTraits Traits { get; } = traits;

    public DateOnly? Published { get; init; }

    /// <summary>The text with the source's own characters where Traditional ones were folded; null when none were.</summary>
    public string? Written { get; set; }

    public bool IsContent => Noise == LineNoise.None;

    public bool Has(LineTraits traits) => (Traits & traits) != 0;
}
