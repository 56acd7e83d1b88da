using Notify.Core.Csv;

namespace Notify.Core.Registry;

/// <summary>One data row of a change CSV: the event's fields, or why the row could not be read at all.</summary>
/// <param name="Row">1-based row number as a spreadsheet shows it; the header is row 1.</param>
/// <param name="Fields">The event's unvalidated fields, when the row could be read.</param>
/// <param name="Errors">Why the row could not be read; empty when it could.</param>
public sealed record ResidentChangeCsvRow(int Row, ResidentChangeFields? Fields, IReadOnlyList<CsvError> Errors)
{
    internal CsvRecord? Record { get; init; }

    /// <summary>The errors as one line, each placed by column where the file has one; null when the row could be read.</summary>
    public string? Problem => Errors.Count == 0 ? null : string.Join("; ", Errors.Select(error => error.Column is null ? error.Message : $"{error.Place}: {error.Message}"));

    /// <summary>Where a change event field ("birthDate") is in this file: "column B (birth_date)", or its column name when the file has none.</summary>
    public string Place(string eventField)
    {
        ArgumentNullException.ThrowIfNull(eventField);
        var column = string.Concat(eventField.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
        return Record?.ColumnLetter(column) is { } letter ? $"column {letter} ({column})" : column;
    }
}
