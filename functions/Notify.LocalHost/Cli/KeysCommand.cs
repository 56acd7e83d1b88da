using System.CommandLine;
using Notify.Functions.Access;
using Spectre.Console;

namespace Notify.LocalHost.Cli;

/// <summary><c>keys create|list|revoke</c>: manage the API keys the HTTP API requires.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who or what the key is for (shown in audits).", Required = true };
        var roles = new Option<string>("--roles") { Description = "Comma-separated: editor, approver, operator, auditor.", Required = true };
        var create = new Command("create", "Create an API key and print it once.") { name, roles };
        create.SetAction((parseResult, cancellationToken) =>
        {
            IReadOnlyList<ApiRole> parsedRoles;
            try
            {
                parsedRoles = ApiRoles.Parse(parseResult.GetValue(roles)!);
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine($"--roles: {exception.Message}");
                return Task.FromResult(1);
            }

            return CommandServices.RunAsync(async (services, ct) =>
            {
                var (record, key) = await services.GetRequiredService<ApiKeyStore>().CreateAsync(parseResult.GetValue(name)!, parsedRoles, ct);
                Console.WriteLine($"Created key {record.Id} for '{record.Name}' with roles {string.Join(", ", record.Roles.Select(ApiRoles.Name))}.");
                Console.WriteLine("Send it in the X-Api-Key header. It is shown only now:");
                Console.WriteLine(key);
                return 0;
            }, cancellationToken);
        });

        var list = new Command("list", "List API keys (never their secrets).");
        list.SetAction((_, cancellationToken) => CommandServices.RunAsync(async (services, ct) =>
        {
            var table = new Table().AddColumns("id", "name", "roles", "created", "state");
            foreach (var key in await services.GetRequiredService<ApiKeyStore>().ListAsync(ct))
            {
                var state = key.RevokedAt is { } revoked ? $"revoked {revoked:u}" : "active";
                table.AddRow(new Text(key.Id), new Text(key.Name), new Text(string.Join(",", key.Roles.Select(ApiRoles.Name))), new Text($"{key.CreatedAt:u}"), new Text(state));
            }

            TerminalAwareConsole.Create(Console.Out).Write(table);

            return 0;
        }, cancellationToken));

        var id = new Argument<string>("id") { Description = "The key id (the part after nfy_)." };
        var revoke = new Command("revoke", "Revoke an API key (effective everywhere within a minute).") { id };
        revoke.SetAction((parseResult, cancellationToken) => CommandServices.RunAsync(async (services, ct) =>
        {
            var keyId = parseResult.GetValue(id)!;
            if (!await services.GetRequiredService<ApiKeyStore>().RevokeAsync(keyId, ct))
            {
                await Console.Error.WriteLineAsync($"There is no API key with id '{keyId}'.");
                return 1;
            }

            Console.WriteLine($"Revoked key {keyId}.");
            return 0;
        }, cancellationToken));

        return new Command("keys", "Manage API keys.") { create, list, revoke };
    }
}
