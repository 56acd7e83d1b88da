namespace Notify.Storage.Queues;

/// <summary>The new pop receipt after Update Message (the old one is no longer valid) and when the message is next visible.</summary>
public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
