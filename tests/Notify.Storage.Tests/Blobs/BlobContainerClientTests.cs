using System.Text;
using Notify.Storage.Blobs;
using Notify.Testing;

namespace Notify.Storage.Tests.Blobs;

public sealed class BlobContainerClientTests : IAsyncLifetime
{
    private readonly BlobContainerClient _container = TestStorage.Account.GetBlobContainerClient(TestStorage.UniqueName("docs"));

    public Task InitializeAsync() => _container.CreateIfNotExistsAsync();

    public Task DisposeAsync() => _container.DeleteContainerIfExistsAsync();

    [Fact]
    public async Task UploadAsync_ChineseNameWithSlashesAndContent_DownloadsTheSameBytes()
    {
        const string name = "公报/2027年 第1期/包头市人民政府办公室关于印发实施方案的通知 (修订).txt";
        const string text = "各旗、县、区人民政府，稀土高新区管委会：现将《实施方案》印发给你们，请认真贯彻落实。";

        var etag = await _container.UploadAsync(name, BinaryData.FromString(text), "text/plain; charset=utf-8");
        var download = await _container.DownloadAsync(name);

        Assert.Equal(text, Encoding.UTF8.GetString(download.Content.ToArray()));
        Assert.Equal("text/plain; charset=utf-8", download.ContentType);
        Assert.Equal(etag, download.ETag);
    }

    [Fact]
    public async Task UploadAsync_ExistingBlob_OverwritesIt()
    {
        await _container.UploadAsync("a.json", BinaryData.FromString("{\"v\":1}"), "application/json");
        await _container.UploadAsync("a.json", BinaryData.FromString("{\"v\":2}"), "application/json");

        Assert.Equal("{\"v\":2}", (await _container.DownloadAsync("a.json")).Content.ToString());
    }

    [Fact]
    public async Task UploadAsync_EmptyContent_DownloadsEmpty()
    {
        await _container.UploadAsync("empty.bin", BinaryData.Empty, "application/octet-stream");

        Assert.Empty((await _container.DownloadAsync("empty.bin")).Content.ToArray());
    }

    [Fact]
    public async Task DownloadAsync_MissingBlob_ThrowsBlobNotFound()
    {
        var error = await Assert.ThrowsAsync<StorageRequestException>(() => _container.DownloadAsync("nope/没有.txt"));

        Assert.Equal(404, error.Status);
        Assert.Equal(StorageErrorCodes.BlobNotFound, error.ErrorCode);
        Assert.Contains($"container '{_container.Name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        await _container.UploadAsync("删除/me.txt", BinaryData.FromString("x"), "text/plain");

        Assert.True(await _container.DeleteIfExistsAsync("删除/me.txt"));
        Assert.False(await _container.DeleteIfExistsAsync("删除/me.txt"));
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_ExistingContainer_Succeeds()
    {
        await _container.CreateIfNotExistsAsync();
    }

    [Fact]
    public async Task DeleteContainerIfExistsAsync_MissingContainer_ReturnsFalse()
    {
        var missing = TestStorage.Account.GetBlobContainerClient(TestStorage.UniqueName("gone"));

        Assert.False(await missing.DeleteContainerIfExistsAsync());
    }
}
