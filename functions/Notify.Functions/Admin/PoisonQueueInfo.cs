namespace Notify.Functions.Admin;

public sealed record PoisonQueueInfo(string PoisonQueue, string SourceQueue, int ApproximateCount);
