using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Architecture.Tests;

/// <summary>The checkout the tests run from, and its product projects' graph.</summary>
internal static class Repository
{
    public static string Root { get; } = RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory);

    public static ProjectGraph Graph { get; } = ProjectGraph.Read(Root);

    /// <summary>The product's C# files outside bin/ and obj/, with their path from the root.</summary>
    public static IEnumerable<(string Path, string Text)> SourceFiles(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Select(p => (System.IO.Path.GetRelativePath(Root, p), File.ReadAllText(p)));
}
