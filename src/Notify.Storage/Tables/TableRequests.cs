using Azure.Core;

namespace Notify.Storage.Tables;

/// <summary>Headers every Table request carries (PROTOCOLS §3.1).</summary>
internal static class TableRequests
{
    public const string MinimalMetadata = "application/json;odata=minimalmetadata";
    public const string NoMetadata = "application/json;odata=nometadata";
    public const string JsonContentType = "application/json";
    public const string DataServiceVersion = "3.0;NetFx";
    public const string ReturnNoContent = "return-no-content";
    public const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    public const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";
    public const string NextTableNameHeader = "x-ms-continuation-NextTableName";

    public static void SetODataHeaders(Request request, string accept = MinimalMetadata)
    {
        request.Headers.SetValue("Accept", accept);
        request.Headers.SetValue("DataServiceVersion", DataServiceVersion);
        request.Headers.SetValue("MaxDataServiceVersion", DataServiceVersion);
    }

    public static void SetJsonBody(Request request, ReadOnlyMemory<byte> json)
    {
        request.Headers.SetValue("Content-Type", JsonContentType);
        request.Content = RequestContent.Create(json);
    }
}
