namespace Ccapex.Hub.Persistence.Tests;

/// <summary>Creates and finalizes the saga in one message (no row is ever saved, the outbox still is).</summary>
public sealed record RejectTestDossier(Guid DossierId, string Reason);
