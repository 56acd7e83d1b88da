namespace Notify.Storage.Http;

/// <summary>What a request does and to which resource, for error messages (e.g. "SendMessage", "queue 'orders'").</summary>
internal readonly record struct StorageOperation(string Name, string Resource);
