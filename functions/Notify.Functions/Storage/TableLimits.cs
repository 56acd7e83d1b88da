namespace Notify.Functions.Storage;

/// <summary>The Table service's limits the stores size their work by.</summary>
public static class TableLimits
{
    /// <summary>The most actions one entity group transaction may hold (all in one partition).</summary>
    public const int MaxActionsPerTransaction = 100;

    /// <summary>The most entities one query page may hold.</summary>
    public const int MaxPageSize = 1000;
}
