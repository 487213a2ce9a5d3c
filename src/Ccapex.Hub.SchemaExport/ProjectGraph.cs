using System.Xml.Linq;

namespace Ccapex.Hub.SchemaExport;

/// <summary>
/// The product's projects (contracts/ and src/, not tests/) and their references, read from the project files
/// themselves so that the diagram and the dependency rules can never describe another graph than the build's.
/// </summary>
public sealed class ProjectGraph
{
    private static readonly string[] ProductFolders = ["contracts", "src"];

    private ProjectGraph(IReadOnlyList<string> projects, IReadOnlyList<ProjectReferenceEdge> references)
    {
        Projects = projects;
        References = references;
    }

    /// <summary>Project names (Ccapex.Hub.Routing), ordinal order.</summary>
    public IReadOnlyList<string> Projects { get; }

    public IReadOnlyList<ProjectReferenceEdge> References { get; }

    public static ProjectGraph Read(string repositoryRoot)
    {
        var files = ProductFolders
            .Select(folder => Path.Combine(repositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var projects = files.Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var references = new List<ProjectReferenceEdge>();
        foreach (var file in files)
        {
            var from = Path.GetFileNameWithoutExtension(file);
            foreach (var element in XDocument.Load(file).Descendants("ProjectReference"))
            {
                var include = (string?)element.Attribute("Include") ?? string.Empty;
                var to = Path.GetFileNameWithoutExtension(include.Replace('\\', Path.DirectorySeparatorChar));
                var buildOnly = string.Equals((string?)element.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase);
                references.Add(new ProjectReferenceEdge(from, to, buildOnly ? ProjectReferenceKind.BuildOnly : ProjectReferenceKind.Compile));
            }
        }

        return new ProjectGraph(projects, [.. references.OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal)]);
    }

    /// <summary>The projects a project compiles against, directly or through others.</summary>
    public IReadOnlySet<string> CompileClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            foreach (var reference in References.Where(r => r.From == current && r.Kind == ProjectReferenceKind.Compile))
            {
                if (seen.Add(reference.To))
                {
                    pending.Push(reference.To);
                }
            }
        }

        return seen;
    }
}
