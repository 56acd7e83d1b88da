using Notify.LocalHost.Cli;

return await NotifyCommandLine.Create().Parse(args).InvokeAsync();
