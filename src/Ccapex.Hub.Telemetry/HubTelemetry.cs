namespace Ccapex.Hub.Telemetry;

/// <summary>The names every process listens to: its own, and those of the libraries it runs.</summary>
public static class HubTelemetry
{
    /// <summary>The hub's meter and activity source (System.Diagnostics): messages, refusals, outbox, obligations, webhooks.</summary>
    public const string Name = "Ccapex.Hub";

    /// <summary>Activity sources: the hub's own, MassTransit's (send, receive, consume, saga; trace context in the message headers), Npgsql's.</summary>
    public static readonly IReadOnlyList<string> ActivitySources = [Name, "MassTransit", "Npgsql"];

    /// <summary>Meters: the hub's own, MassTransit's, Npgsql's, Kestrel's and ASP.NET Core's (silent in the workers).</summary>
    public static readonly IReadOnlyList<string> Meters = [Name, "MassTransit", "Npgsql", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];
}
