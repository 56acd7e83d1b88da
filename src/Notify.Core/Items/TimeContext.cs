namespace Notify.Core.Items;

/// <summary>What the text around a line says about time.</summary>
/// <param name="SigningDate">The signing (成文) date of the document the line belongs to, if known.</param>
/// <param name="DefaultYear">The year bare 年底前/年内/上半年/6月底前 refer to: the plan title's year, else the signing year.</param>
public sealed record TimeContext(DateOnly? SigningDate, int? DefaultYear)
{
    /// <summary>Nothing is known: relative dates stay unresolved and need review.</summary>
    public static TimeContext None { get; } = new(null, null);

    /// <summary>The period of the stage or lead-in the line sits under, if any: task lines without a time of their own take it.</summary>
    public BlockPeriod? Block { get; init; }

    /// <summary>The year a date without a year falls in: <see cref="DefaultYear"/>, else the signing year.</summary>
    internal int? ContextYear => DefaultYear ?? SigningDate?.Year;

    /// <summary>The year before which a bare year reads as history rather than a plan.</summary>
    internal int? ReferenceYear => SigningDate?.Year ?? DefaultYear;
}
