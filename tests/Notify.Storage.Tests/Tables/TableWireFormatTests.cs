using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Core.Pipeline;
using Notify.Storage.Tables;
using Notify.Storage.Tests.Fakes;

namespace Notify.Storage.Tests.Tables;

/// <summary>Wire-format checks against scripted responses shaped like the real service's (not Azurite's).</summary>
public sealed class TableWireFormatTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public async Task AddEntityAsync_WritesTypeAnnotationsForInt64DoubleDateTimeGuidAndBinary()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        var entity = new TableEntity("p", "r")
        {
            ["I"] = 1,
            ["L"] = 9007199254740993L,
            ["D"] = 2.0,
            ["T"] = new DateTimeOffset(2027, 2, 25, 0, 0, 0, TimeSpan.FromHours(8)),
            ["G"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["B"] = new byte[] { 1, 2 },
            ["S"] = "通知",
            ["F"] = true,
        };

        await Table(handler).AddEntityAsync(entity);

        var request = Assert.Single(handler.Requests);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(1, root.GetProperty("I").GetInt32());
        Assert.False(root.TryGetProperty("I@odata.type", out _));
        Assert.Equal("Edm.Int64", root.GetProperty("L@odata.type").GetString());
        Assert.Equal("9007199254740993", root.GetProperty("L").GetString());
        Assert.Equal("Edm.Double", root.GetProperty("D@odata.type").GetString());
        Assert.Equal("Edm.DateTime", root.GetProperty("T@odata.type").GetString());
        Assert.Equal("2027-02-24T16:00:00.0000000Z", root.GetProperty("T").GetString());
        Assert.Equal("Edm.Guid", root.GetProperty("G@odata.type").GetString());
        Assert.Equal("Edm.Binary", root.GetProperty("B@odata.type").GetString());
        Assert.Equal("AQI=", root.GetProperty("B").GetString());
        Assert.Contains("\"S\":\"通知\"", request.Body, StringComparison.Ordinal);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("return-no-content", request.Headers["Prefer"]);
        Assert.Contains("odata=minimalmetadata", request.Headers["Accept"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEntityOrDefaultAsync_AnnotationAfterValueAndDoubleAnnotation_ReadsTypedValues()
    {
        const string json = """
            {"odata.metadata":"x","odata.etag":"W/\"datetime'2027-01-01T00%3A00%3A00Z'\"","PartitionKey":"p","RowKey":"r",
             "Timestamp":"2027-01-01T00:00:00Z","Big":"9007199254740993","Big@odata.type":"Edm.Int64",
             "Whole@odata.type":"Edm.Double","Whole":2,"When@odata.type":"Edm.DateTime","When":"2027-02-25T00:00:00Z",
             "Neg@odata.type":"Edm.Double","Neg":"-Infinity","Plain":5,"Frac":0.5}
            """;
        var handler = new RecordingHandler(_ => Json(HttpStatusCode.OK, json));

        var entity = await Table(handler).GetEntityOrDefaultAsync("p", "r");

        Assert.Equal(9007199254740993L, entity!["Big"]);
        Assert.Equal(2.0, entity["Whole"]);
        Assert.IsType<double>(entity["Whole"]);
        Assert.Equal(new DateTimeOffset(2027, 2, 25, 0, 0, 0, TimeSpan.Zero), entity["When"]);
        Assert.Equal(double.NegativeInfinity, entity["Neg"]);
        Assert.Equal(5, entity["Plain"]);
        Assert.Equal(0.5, entity["Frac"]);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), entity.Timestamp);
        Assert.Equal("W/\"datetime'2027-01-01T00%3A00%3A00Z'\"", entity.ETag.ToString());
    }

    [Fact]
    public async Task SubmitTransactionAsync_ServiceStyleFailureInside202_ThrowsWithIndexAndCode()
    {
        const string body =
            "--batchresponse_7ab1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_3c5d\r\n\r\n"
            + "--changesetresponse_3c5d\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 404 Not Found\r\nContent-ID: 2\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-cache\r\n"
            + "DataServiceVersion: 3.0;\r\nContent-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n\r\n"
            + "{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The specified resource does not exist.\\nRequestId:8d3e\\nTime:2027-01-01T00:00:00.0000000Z\"}}}\r\n"
            + "--changesetresponse_3c5d--\r\n--batchresponse_7ab1--\r\n";
        var handler = new RecordingHandler(_ => Multipart(HttpStatusCode.Accepted, body, "batchresponse_7ab1"));
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "b")),
        ];

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Table(handler).SubmitTransactionAsync(actions));

        Assert.Equal(1, error.FailedActionIndex);
        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
        Assert.Contains("action 1 (UpdateMerge)", error.Message, StringComparison.Ordinal);
        Assert.Contains("The specified resource does not exist.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransactionAsync_WritesOneChangeSetWithCrlfAndAbsoluteUrls()
    {
        const string body =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n"
            + "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 204 No Content\r\nETag: W/\"datetime'1'\"\r\n\r\n\r\n"
            + "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 204 No Content\r\n\r\n\r\n"
            + "--changesetresponse_2--\r\n--batchresponse_1--\r\n";
        var handler = new RecordingHandler(_ => Multipart(HttpStatusCode.Accepted, body, "batchresponse_1"));
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpsertMerge, new TableEntity("包头", "o'k") { ["V"] = 1 }),
            new(TableTransactionActionType.Delete, new TableEntity("包头", "gone")),
        ];

        var etags = await Table(handler).SubmitTransactionAsync(actions);

        Assert.Equal(["W/\"datetime'1'\"", null], etags.Select(e => e?.ToString()));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://fake.invalid/devstoreaccount1/$batch", request.Uri.AbsoluteUri);
        Assert.StartsWith("multipart/mixed; boundary=batch_", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.DoesNotContain("\n", request.Body.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(
            "MERGE http://fake.invalid/devstoreaccount1/Deliveries(PartitionKey='%E5%8C%85%E5%A4%B4',RowKey='o%27%27k') HTTP/1.1\r\n",
            request.Body,
            StringComparison.Ordinal);
        Assert.Contains("DELETE http://fake.invalid/devstoreaccount1/Deliveries(PartitionKey='%E5%8C%85%E5%A4%B4',RowKey='gone') HTTP/1.1\r\n", request.Body, StringComparison.Ordinal);
        Assert.Contains("If-Match: *\r\n", request.Body, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(request.Body, "Content-Type: multipart/mixed; boundary=changeset_"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static TableClient Table(RecordingHandler handler) =>
        StorageAccount.FromConnectionString(
                $"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://fake.invalid/devstoreaccount1",
                new StorageClientOptions { Transport = new HttpClientTransport(handler) })
            .GetTableClient("Deliveries");

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Multipart(HttpStatusCode status, string body, string boundary)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/mixed; boundary={boundary}");
        return new HttpResponseMessage(status) { Content = content };
    }
}
