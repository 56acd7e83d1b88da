namespace Notify.Functions.Tests.Channels.Email;

/// <summary>One STARTTLS + AUTH test SMTP server shared by a test class.</summary>
public sealed class SmtpServerFixture : IAsyncLifetime
{
    private SmtpTestServer? _server;

    public SmtpTestServer Server => _server ?? throw new InvalidOperationException("The SMTP server has not started.");

    public async Task InitializeAsync() => _server = await SmtpTestServer.StartAsync(starttls: true, requireAuth: true);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
