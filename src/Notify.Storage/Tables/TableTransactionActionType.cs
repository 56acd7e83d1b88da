namespace Notify.Storage.Tables;

public enum TableTransactionActionType
{
    /// <summary>Insert; fails with EntityAlreadyExists if the row exists.</summary>
    Add,

    /// <summary>Insert or replace, no ETag check.</summary>
    UpsertReplace,

    /// <summary>Insert or merge, no ETag check.</summary>
    UpsertMerge,

    /// <summary>Replace an existing row, checking <see cref="TableTransactionAction.IfMatch"/> (default "*").</summary>
    UpdateReplace,

    /// <summary>Merge into an existing row, checking <see cref="TableTransactionAction.IfMatch"/> (default "*").</summary>
    UpdateMerge,

    /// <summary>Delete an existing row, checking <see cref="TableTransactionAction.IfMatch"/> (default "*").</summary>
    Delete,
}
