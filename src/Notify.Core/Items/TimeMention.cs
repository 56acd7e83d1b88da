namespace Notify.Core.Items;

/// <summary>One time-bound statement found in a line: what kind, which dates, and how sure we are.</summary>
public sealed record TimeMention
{
    public required ItemKind Kind { get; init; }

    /// <summary>The due date (deadline, target), the start (effective, window) or the first concrete occurrence (yearly windows and deadlines); null when the text gives none.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The end of a window or period, or of a rule's validity.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>An RFC 5545 RRULE for repeating items, e.g. "FREQ=MONTHLY;BYMONTHDAY=16".</summary>
    public string? Recurrence { get; init; }

    /// <summary>Where the time expression starts in the line's text.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>Where the sentence holding the expression starts (for the quote).</summary>
    public required int SentenceStart { get; init; }

    public required int SentenceLength { get; init; }

    public Commitment Commitment { get; init; }

    /// <summary>The date was resolved against the signing date or a context year rather than read off the text.</summary>
    public bool Inferred { get; init; }

    /// <summary>The period is the enclosing block's (a stage heading, a lead-in), not read off this line.</summary>
    public bool FromBlock { get; init; }

    public bool NeedsReview { get; init; }

    /// <summary>Short English reasons for what was inferred or doubted.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>0..1.</summary>
    public double Confidence { get; init; }
}
