using Azure;
using Azure.Core;
using Notify.Storage.Http;

namespace Notify.Storage.Blobs;

/// <summary>
/// One blob container with whole-blob put, get and delete (block blobs). Blob names may contain '/'
/// (kept as path separators) and any Unicode (percent-encoded per segment).
/// </summary>
public sealed class BlobContainerClient
{
    private const int MaxBlobNameLength = 1024;

    private readonly StoragePipeline _service;
    private readonly string _path;
    private readonly string _resource;

    internal BlobContainerClient(StoragePipeline service, string name)
    {
        _service = service;
        Name = name;
        _path = StoragePath.EscapeSegment(name);
        _resource = $"container '{name}'";
        Uri = service.BuildUri(_path);
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the container (private access); an existing container is left as it is.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = new StorageOperation("CreateContainer", _resource);
        using var message = _service.CreateMessage(RequestMethod.Put, _path, "restype=container");
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.IsError && !(response.Status == 409 && StorageErrors.Read(response).Code == StorageErrorCodes.ContainerAlreadyExists))
        {
            throw StorageErrors.CreateException(response, operation);
        }
    }

    /// <summary>Deletes the container and all its blobs; returns false when it did not exist.</summary>
    public async Task<bool> DeleteContainerIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = new StorageOperation("DeleteContainer", _resource);
        using var message = _service.CreateMessage(RequestMethod.Delete, _path, "restype=container");
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.Status == 404)
        {
            return false;
        }

        return response.IsError ? throw StorageErrors.CreateException(response, operation) : true;
    }

    /// <summary>Writes the whole blob (Put Blob, BlockBlob), replacing any existing one. Returns the new ETag.</summary>
    public async Task<ETag> UploadAsync(string blobName, BinaryData content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        using var message = _service.CreateMessage(RequestMethod.Put, BlobPath(blobName));
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        message.Request.Headers.SetValue(StorageHeaders.ContentType, contentType);
        message.Request.Content = RequestContent.Create(content);
        var response = await _service.SendCheckedAsync(message, new StorageOperation("UploadBlob", _resource), cancellationToken);
        return response.Headers.ETag ?? default;
    }

    /// <summary>Reads the whole blob. A missing blob fails with <see cref="StorageErrorCodes.BlobNotFound"/>.</summary>
    public async Task<BlobDownload> DownloadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var message = _service.CreateMessage(RequestMethod.Get, BlobPath(blobName));
        var response = await _service.SendCheckedAsync(message, new StorageOperation("DownloadBlob", _resource), cancellationToken);
        return new BlobDownload(
            BinaryData.FromBytes(response.Content.ToArray()),
            response.Headers.ContentType ?? "application/octet-stream",
            response.Headers.ETag ?? default);
    }

    /// <summary>Deletes the blob (and its snapshots); returns false when it (or the container) did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var operation = new StorageOperation("DeleteBlob", _resource);
        using var message = _service.CreateMessage(RequestMethod.Delete, BlobPath(blobName));
        message.Request.Headers.SetValue("x-ms-delete-snapshots", "include");
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.Status == 404)
        {
            return false;
        }

        return response.IsError ? throw StorageErrors.CreateException(response, operation) : true;
    }

    private string BlobPath(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (blobName.Length > MaxBlobNameLength)
        {
            throw new ArgumentException($"A blob name is at most {MaxBlobNameLength} characters.", nameof(blobName));
        }

        return $"{_path}/{StoragePath.EscapeBlobName(blobName)}";
    }
}
