using Ccapex.Hub.SchemaExport;

// Usage: dotnet run --project src/Ccapex.Hub.SchemaExport -- [outputDir]
// Without outputDir, writes into contracts/schemas/ of the repository this program was built from,
// and regenerates docs/charter-routing.md from the charter rules and the dependency diagram of ARCHITECTURE.md
// from the project files.
var outputDirectory = args.Length > 0 ? Path.GetFullPath(args[0]) : RepositoryRoot.SchemasDirectory(AppContext.BaseDirectory);
var (written, deleted) = SchemaFiles.Export(outputDirectory);
Console.WriteLine($"Wrote {written.Count} schemas to {outputDirectory}.");
foreach (var path in deleted)
{
    Console.WriteLine($"Deleted stale {Path.GetFileName(path)}.");
}

if (args.Length == 0)
{
    var root = RepositoryRoot.Find(AppContext.BaseDirectory);
    CharterDocument.Write(root);
    Console.WriteLine($"Wrote {CharterDocument.PathUnder(root)}.");
    ArchitectureDiagram.Write(root);
    Console.WriteLine($"Wrote the dependency diagram of {ArchitectureDiagram.PathUnder(root)}.");
}
