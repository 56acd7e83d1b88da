using Azure;

namespace Notify.Storage.Tables;

/// <summary>One operation of an entity group transaction. <paramref name="IfMatch"/> applies to updates and deletes; null means "*".</summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity, ETag? IfMatch = null);
