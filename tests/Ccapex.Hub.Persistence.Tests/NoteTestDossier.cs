namespace Ccapex.Hub.Persistence.Tests;

public sealed record NoteTestDossier(Guid DossierId, string Text);
