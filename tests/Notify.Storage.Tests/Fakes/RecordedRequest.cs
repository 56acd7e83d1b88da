namespace Notify.Storage.Tests.Fakes;

public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body);
