namespace Notify.Functions.Hosting;

/// <summary>A request body read as JSON: the value, or the problem response that says why it could not be read.</summary>
public sealed record JsonBody<T>(T? Value, IResult? Problem)
    where T : class;
