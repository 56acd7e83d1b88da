namespace Notify.Core.Items;

/// <summary>
/// The time a block of text sets for the lines under it: a stage heading's "（2022年7月—12月）" (a window), or a lead-in's
/// "到2025年，实现以下目标：" (a target) or "2023年底前完成以下任务：" (a deadline).
/// </summary>
/// <param name="Kind">What the lines under the block inherit: a window, a deadline or a target.</param>
/// <param name="First">The first day of the period (the due date for a deadline or target).</param>
/// <param name="Last">The last day of the period (the due date for a deadline or target).</param>
/// <param name="Source">The heading or lead-in that states the period, as written.</param>
/// <param name="IsStage">A stage heading rather than a lead-in to a list.</param>
public sealed record BlockPeriod(ItemKind Kind, DateOnly First, DateOnly Last, string Source, bool IsStage);
