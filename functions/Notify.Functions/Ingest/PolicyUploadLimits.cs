namespace Notify.Functions.Ingest;

public static class PolicyUploadLimits
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    public const int MaxLabelLength = 300;
}
