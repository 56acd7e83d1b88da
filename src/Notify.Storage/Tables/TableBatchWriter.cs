using System.Buffers;
using System.Text;
using Azure;

namespace Notify.Storage.Tables;

/// <summary>
/// Writes an entity group transaction as a <c>multipart/mixed</c> $batch body with one change set (PROTOCOLS §3.4):
/// CRLF line endings, one embedded HTTP request per action, entity JSON on a single line.
/// </summary>
internal sealed class TableBatchWriter
{
    private const string Crlf = "\r\n";

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly string _batchBoundary = $"batch_{Guid.NewGuid():D}";
    private readonly string _changesetBoundary = $"changeset_{Guid.NewGuid():D}";

    public string ContentType => $"multipart/mixed; boundary={_batchBoundary}";

    public ReadOnlyMemory<byte> Body => _buffer.WrittenMemory;

    /// <param name="tableUrl">Absolute, escaped URL of the table ("http://…/devstoreaccount1/Notif").</param>
    public static TableBatchWriter Write(string tableUrl, string escapedTableName, IReadOnlyList<TableTransactionAction> actions)
    {
        var writer = new TableBatchWriter();
        writer.Text($"--{writer._batchBoundary}{Crlf}");
        writer.Text($"Content-Type: multipart/mixed; boundary={writer._changesetBoundary}{Crlf}{Crlf}");
        var baseUrl = tableUrl[..^escapedTableName.Length];
        foreach (var action in actions)
        {
            writer.WriteAction(baseUrl, escapedTableName, tableUrl, action);
        }

        writer.Text($"--{writer._changesetBoundary}--{Crlf}{Crlf}--{writer._batchBoundary}--{Crlf}");
        return writer;
    }

    private void WriteAction(string baseUrl, string escapedTableName, string tableUrl, TableTransactionAction action)
    {
        var entity = action.Entity;
        var entityUrl = baseUrl + TableKeys.EntityPath(escapedTableName, entity.PartitionKey, entity.RowKey);
        var (verb, url, hasBody, ifMatch) = action.Type switch
        {
            TableTransactionActionType.Add => ("POST", tableUrl, true, (ETag?)null),
            TableTransactionActionType.UpsertReplace => ("PUT", entityUrl, true, null),
            TableTransactionActionType.UpsertMerge => ("MERGE", entityUrl, true, null),
            TableTransactionActionType.UpdateReplace => ("PUT", entityUrl, true, action.IfMatch ?? ETag.All),
            TableTransactionActionType.UpdateMerge => ("MERGE", entityUrl, true, action.IfMatch ?? ETag.All),
            TableTransactionActionType.Delete => ("DELETE", entityUrl, false, action.IfMatch ?? ETag.All),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Type, "Unknown table transaction action type."),
        };

        Text($"--{_changesetBoundary}{Crlf}Content-Type: application/http{Crlf}Content-Transfer-Encoding: binary{Crlf}{Crlf}");
        Text($"{verb} {url} HTTP/1.1{Crlf}Accept: {TableRequests.MinimalMetadata}{Crlf}DataServiceVersion: 3.0{Crlf}");
        if (action.Type == TableTransactionActionType.Add)
        {
            Text($"Prefer: {TableRequests.ReturnNoContent}{Crlf}");
        }

        if (ifMatch is { } etag)
        {
            Text($"If-Match: {etag.ToString("H")}{Crlf}");
        }

        if (hasBody)
        {
            Text($"Content-Type: {TableRequests.JsonContentType}{Crlf}{Crlf}");
            TableEntityJsonWriter.Write(_buffer, entity);
            Text(Crlf);
        }
        else
        {
            Text($"{Crlf}{Crlf}");
        }
    }

    private void Text(string text)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
