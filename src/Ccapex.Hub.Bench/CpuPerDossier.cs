namespace Ccapex.Hub.Bench;

/// <summary>
/// Where the machine's CPU went at full speed, in milliseconds per dossier, over the same span as the hub's: the hub,
/// the broker (beam.smp and its helpers), PostgreSQL (every postgres process; about 0 on SQLite, which runs inside the
/// hub) and the bench (publisher and partners' consumers). The rest is derived, to show the ceiling the other three
/// put on the hub: all of them share the machine's cores.
/// </summary>
/// <param name="Broker">NaN when no broker process runs on this machine.</param>
/// <param name="BrokerMsPerBaselineMessage">The broker's CPU per message of the baseline (same broker, same run).</param>
internal sealed record CpuPerDossier(
    int Cores, double Hub, double Broker, double Database, double Bench, double BrokerMsPerBaselineMessage, double BaselineMessagesPerSecond)
{
    public double Total => Hub + Broker + Database + Bench;

    /// <summary>What a dossier costs outside the hub.</summary>
    public double OutsideHub => Broker + Database + Bench;

    /// <summary>Dossiers/s if the hub cost no CPU and the others had every core: cores × 1000 / (broker + database + bench).</summary>
    public double CeilingDossiersPerSecond => OutsideHub > 0 ? Cores * 1000 / OutsideHub : double.NaN;

    /// <summary>The bench's ratio at that ceiling: two saga events per dossier (dossier and CAF listing) ÷ baseline msgs/s.</summary>
    public double CeilingRatio => 2 * CeilingDossiersPerSecond / BaselineMessagesPerSecond;

    /// <summary>The broker's work for one dossier, counted in baseline messages.</summary>
    public double BrokerInBaselineMessages => BrokerMsPerBaselineMessage > 0 ? Broker / BrokerMsPerBaselineMessage : double.NaN;
}
