namespace Ccapex.Hub.Architecture.Tests;

/// <summary>
/// ARCHITECTURE.md's dependency rules, held by the project files: the edges, workers and tools share the charter
/// through Ccapex.Hub.Charter, and only the hub's host reaches the routing and the store.
/// </summary>
public sealed class When_reading_the_project_references
{
    private const string Contracts = "Ccapex.Hub.Contracts";
    private const string Charter = "Ccapex.Hub.Charter";
    private const string Routing = "Ccapex.Hub.Routing";
    private const string Persistence = "Ccapex.Hub.Persistence";
    private const string Host = "Ccapex.Hub.Host";
    private const string Journal = "Ccapex.Hub.Journal";

    /// <summary>Who may compile against the routing (intake, sagas) and the store.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        [Routing] = [Host],
        [Persistence] = [Routing, Host, Journal],
        [Journal] = [Routing, Host],
    };

    public static IEnumerable<string> Projects() => Repository.Graph.Projects;

    [Test]
    public void Should_find_the_product_projects()
    {
        Assert.That(Repository.Graph.Projects, Does.Contain(Charter).And.Contain(Routing).And.Contain("Ccapex.Hub.Gateway"));
        Assert.That(Repository.Graph.References, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Projects))]
    public void Should_reach_the_routing_and_the_store_only_from_the_host(string project)
    {
        var closure = Repository.Graph.CompileClosure(project);
        foreach (var (inner, allowed) in MayUse)
        {
            if (closure.Contains(inner))
            {
                Assert.That(allowed, Does.Contain(project), $"{project} references {inner} (directly or through another project); only {string.Join(", ", allowed)} may.");
            }
        }
    }

    [Test]
    public void Should_build_the_charter_on_the_contracts_alone()
    {
        var direct = Repository.Graph.References.Where(r => r.From == Charter).Select(r => r.To);

        Assert.That(direct, Is.EqualTo(new[] { Contracts }));
    }

    [Test]
    public void Should_keep_the_contracts_free_of_any_project()
    {
        Assert.That(Repository.Graph.References.Where(r => r.From == Contracts), Is.Empty);
    }

    [Test]
    public void Should_refuse_a_graph_where_an_edge_references_the_routing()
    {
        // The rule above must be able to fail: a copy of the graph with the gateway on the routing breaks it.
        var root = Path.Combine(Path.GetTempPath(), "ccapex-arch-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "src", "Ccapex.Hub.Gateway"));
            Directory.CreateDirectory(Path.Combine(root, "src", Routing));
            File.WriteAllText(Path.Combine(root, "src", Routing, Routing + ".csproj"), "<Project />");
            File.WriteAllText(
                Path.Combine(root, "src", "Ccapex.Hub.Gateway", "Ccapex.Hub.Gateway.csproj"),
                "<Project><ItemGroup><ProjectReference Include=\"..\\Ccapex.Hub.Routing\\Ccapex.Hub.Routing.csproj\" /></ItemGroup></Project>");

            var graph = SchemaExport.ProjectGraph.Read(root);

            Assert.That(graph.CompileClosure("Ccapex.Hub.Gateway"), Does.Contain(Routing));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestCaseSource(nameof(Projects))]
    public void Should_say_in_ARCHITECTURE_what_each_project_may_touch(string project)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "ARCHITECTURE.md"));

        Assert.That(text, Does.Contain($"### `{project}`"), $"ARCHITECTURE.md has no paragraph '### `{project}`'.");
    }
}
