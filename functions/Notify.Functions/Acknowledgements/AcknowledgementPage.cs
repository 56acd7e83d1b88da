using System.Text;

namespace Notify.Functions.Acknowledgements;

/// <summary>
/// A rendered acknowledgement page and its status. Served uncached, unindexed and without a Referer, because the
/// address itself is the credential.
/// </summary>
public sealed record AcknowledgementPage(int StatusCode, string Html)
{
    private const string SecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public IResult ToResult() => new PageResult(this);

    private sealed class PageResult(AcknowledgementPage page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var response = httpContext.Response;
            response.StatusCode = page.StatusCode;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers.ContentSecurityPolicy = SecurityPolicy;
            return response.WriteAsync(page.Html, Encoding.UTF8, httpContext.RequestAborted);
        }
    }
}
