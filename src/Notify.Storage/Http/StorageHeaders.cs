namespace Notify.Storage.Http;

internal static class StorageHeaders
{
    public const string Version = "x-ms-version";
    public const string Date = "x-ms-date";
    public const string ErrorCode = "x-ms-error-code";
    public const string Authorization = "Authorization";
    public const string ContentType = "Content-Type";
    public const string IfMatch = "If-Match";
    public const string ETag = "ETag";
}
