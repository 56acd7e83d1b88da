using Microsoft.Extensions.DependencyInjection;

namespace Notify.Functions.Hosting;

/// <summary>
/// A declared function bound to its implementation: how to invoke it from a trigger payload
/// (queue and timer functions) or which delegate serves it (HTTP functions).
/// </summary>
public sealed class FunctionDefinition
{
    private readonly Func<IServiceProvider, string, CancellationToken, Task>? _invoke;

    private FunctionDefinition(
        FunctionDeclaration declaration,
        Type implementationType,
        Func<IServiceProvider, string, CancellationToken, Task>? invoke,
        Delegate? httpHandler)
    {
        Declaration = declaration;
        ImplementationType = implementationType;
        _invoke = invoke;
        HttpHandler = httpHandler;
    }

    public FunctionDeclaration Declaration { get; }

    public string Name => Declaration.Name;

    public Type ImplementationType { get; }

    public Delegate? HttpHandler { get; }

    public static FunctionDefinition Queue<TFunction, TMessage>()
        where TFunction : class, IQueueFunction<TMessage>
        where TMessage : class
    {
        var declaration = TFunction.Declaration;
        return new FunctionDefinition(declaration, typeof(TFunction), InvokeAsync, httpHandler: null);

        Task InvokeAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
        {
            var message = QueueMessageContract.Deserialize<TMessage>(payload, declaration.Name);
            return services.GetRequiredService<TFunction>().RunAsync(message, cancellationToken);
        }
    }

    public static FunctionDefinition Timer<TFunction>()
        where TFunction : class, ITimerFunction
    {
        return new FunctionDefinition(TFunction.Declaration, typeof(TFunction), InvokeAsync, httpHandler: null);

        static Task InvokeAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) =>
            services.GetRequiredService<TFunction>().RunAsync(TimerPayload.Parse(payload), cancellationToken);
    }

    public static FunctionDefinition Http<TFunction>()
        where TFunction : IHttpFunction =>
        new(TFunction.Declaration, typeof(TFunction), invoke: null, TFunction.Handler);

    /// <summary>Runs a queue or timer function with its trigger payload (message text, or timer JSON).</summary>
    public Task InvokeAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) =>
        _invoke is null
            ? throw new InvalidOperationException($"{Name} is an HTTP function; it is served by its route, not invoked with a payload.")
            : _invoke(services, payload, cancellationToken);
}
