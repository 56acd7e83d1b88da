using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Notify.Functions.Tests.Fuzz;

/// <summary>Sends fuzz requests to the app on loopback: through HttpClient, or a raw socket when the Content-Length must lie.</summary>
public sealed class FuzzSender(Uri baseAddress, TimeSpan timeout) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = timeout };

    /// <summary>The status to expect when no answer came within the time-out.</summary>
    public const int NoAnswer = -1;

    /// <summary>
    /// The status (0 when the server closed the connection without one, <see cref="NoAnswer"/> when nothing came back in
    /// time), the body's start and the time taken.
    /// </summary>
    public async Task<(int Status, string Body, TimeSpan Elapsed)> SendAsync(FuzzRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var (status, body) = request.LengthLie is { } lie ? await SendRawAsync(request, lie) : await SendHttpAsync(request);
            return (status, body, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            return (NoAnswer, "no answer in time", Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<(int, string)> SendHttpAsync(FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Route.Method), new Uri(request.Path, UriKind.Relative));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        try
        {
            using var response = await _http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, body.Length > 400 ? body[..400] : body);
        }
        catch (HttpRequestException exception)
        {
            return (0, exception.Message);
        }
    }

    private async Task<(int, string)> SendRawAsync(FuzzRequest request, int lie)
    {
        using var client = new TcpClient();
        using var cancellation = new CancellationTokenSource(_http.Timeout);
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port, cancellation.Token);
        var stream = client.GetStream();
        var body = request.Body ?? [];
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Route.Method} {request.Path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n")
            .Append(string.Concat(request.Headers.Select(header => $"{header.Key}: {header.Value}\r\n")))
            .Append(request.ContentType is null ? "" : $"Content-Type: {request.ContentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {Math.Max(0, body.Length + lie)}\r\n\r\n");
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), cancellation.Token);
            await stream.WriteAsync(body, cancellation.Token);
            client.Client.Shutdown(SocketShutdown.Send);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var response = await reader.ReadToEndAsync(cancellation.Token);
            return response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? (int.Parse(response.AsSpan(9, 3), CultureInfo.InvariantCulture), response) : (0, response);
        }
        catch (IOException exception)
        {
            return (0, exception.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
