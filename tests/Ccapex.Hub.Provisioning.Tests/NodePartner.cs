using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Runs one step of clients/node/follow-up.js as a partner (its own broker account) and reads the hub's answer,
/// the last line it prints. Fails with what to do when node or the client's packages are missing.
/// </summary>
internal static class NodePartner
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    public static string ClientDirectory { get; } = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "clients", "node");

    /// <summary>The answer's type and message, and every line printed before it.</summary>
    public static async Task<(string Type, JsonObject Message, IReadOnlyList<string> Lines)> RunAsync(Uri partnerUri, PartnerCode partner, string[] arguments, string? input = null)
    {
        if (!Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "amqplib")))
        {
            Assert.Fail($"amqplib is not installed in {ClientDirectory}: run `npm ci` there (`./hub test` does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CCAPEX_PARTNER_URI"] = partnerUri.ToString(), ["CCAPEX_PARTNER"] = partner.Value },
        };
        start.ArgumentList.Add("follow-up.js");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = StartNode(start);
        await node.StandardInput.WriteAsync(input ?? string.Empty);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail($"node follow-up.js {string.Join(' ', arguments)} did not finish within {StepTimeout}: {await errors}");
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(node.ExitCode, Is.Zero, () => $"node follow-up.js {string.Join(' ', arguments)} failed: {errors.Result}{string.Join('\n', lines)}");
        var answer = JsonNode.Parse(lines[^1])!.AsObject();
        return (answer["type"]!.GetValue<string>(), answer["message"]!.AsObject(), lines[..^1]);
    }

    public static string Json(IPartnerMessage message) => JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception missing)
        {
            Assert.Fail($"Node.js is needed for the Node.js partner client's test and `node` was not found ({missing.Message}): install Node.js 18 or later (Debian: apt-get install nodejs npm).");
            throw;
        }
    }
}
