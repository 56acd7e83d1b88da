namespace Notify.Storage;

/// <summary>Error codes the storage services (and Azurite) return in <c>x-ms-error-code</c> or the error body.</summary>
public static class StorageErrorCodes
{
    public const string AuthenticationFailed = "AuthenticationFailed";
    public const string AuthorizationFailure = "AuthorizationFailure";
    public const string AuthorizationPermissionMismatch = "AuthorizationPermissionMismatch";
    public const string InvalidInput = "InvalidInput";
    public const string InvalidHeaderValue = "InvalidHeaderValue";
    public const string InvalidQueryParameterValue = "InvalidQueryParameterValue";
    public const string InvalidResourceName = "InvalidResourceName";
    public const string InvalidXmlDocument = "InvalidXmlDocument";
    public const string OutOfRangeInput = "OutOfRangeInput";
    public const string OutOfRangeQueryParameterValue = "OutOfRangeQueryParameterValue";
    public const string RequestBodyTooLarge = "RequestBodyTooLarge";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string ServerBusy = "ServerBusy";
    public const string InternalError = "InternalError";
    public const string OperationTimedOut = "OperationTimedOut";

    public const string QueueNotFound = "QueueNotFound";
    public const string QueueAlreadyExists = "QueueAlreadyExists";
    public const string QueueBeingDeleted = "QueueBeingDeleted";
    public const string MessageNotFound = "MessageNotFound";
    public const string MessageTooLarge = "MessageTooLarge";
    public const string PopReceiptMismatch = "PopReceiptMismatch";

    public const string TableNotFound = "TableNotFound";
    public const string TableAlreadyExists = "TableAlreadyExists";
    public const string TableBeingDeleted = "TableBeingDeleted";
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string EntityTooLarge = "EntityTooLarge";
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";
    public const string PropertyValueTooLarge = "PropertyValueTooLarge";
    public const string InvalidDuplicateRow = "InvalidDuplicateRow";

    public const string BlobNotFound = "BlobNotFound";
    public const string ContainerNotFound = "ContainerNotFound";
    public const string ContainerAlreadyExists = "ContainerAlreadyExists";
    public const string ContainerBeingDeleted = "ContainerBeingDeleted";
}
