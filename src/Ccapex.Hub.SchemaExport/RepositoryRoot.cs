namespace Ccapex.Hub.SchemaExport;

/// <summary>Finds the repository root (the folder holding Ccapex.Hub.sln) and the checked-in schemas under it.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Ccapex.Hub.sln";

    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} in {startDirectory} or any folder above it.");
    }

    public static string SchemasDirectory(string startDirectory) => Path.Combine(Find(startDirectory), "contracts", "schemas");
}
