namespace Ccapex.Hub.Persistence.Tests;

public sealed record CloseTestDossier(Guid DossierId);
