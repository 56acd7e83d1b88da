using System.Collections.Concurrent;
using System.Net;

namespace Notify.Storage.Tests.Fakes;

/// <summary>An HTTP handler that records each request and answers from a script, so no network is touched.</summary>
public sealed class RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public RecordingHandler()
        : this(_ => new HttpResponseMessage(HttpStatusCode.Created))
    {
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body));
        return respond(request);
    }
}
