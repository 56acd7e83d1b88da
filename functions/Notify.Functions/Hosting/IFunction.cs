namespace Notify.Functions.Hosting;

/// <summary>A function of the app: it declares its name and trigger once.</summary>
public interface IFunction
{
    static abstract FunctionDeclaration Declaration { get; }
}
