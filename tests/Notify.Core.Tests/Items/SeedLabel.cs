namespace Notify.Core.Tests.Items;

/// <summary>A dated item a reader finds on a seed line: the 1-based line and the date it is due or starts.</summary>
public sealed record SeedLabel(int Line, DateOnly Date);
