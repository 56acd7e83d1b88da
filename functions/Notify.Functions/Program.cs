using Notify.Functions.Cli;

return await NotifyCommandLine.Create().Parse(args).InvokeAsync();
