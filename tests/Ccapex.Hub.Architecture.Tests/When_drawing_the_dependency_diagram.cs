using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Architecture.Tests;

/// <summary>ARCHITECTURE.md's diagram is generated from the project files (./hub docs) and must not drift.</summary>
public sealed class When_drawing_the_dependency_diagram
{
    [Test]
    public void Should_match_the_project_files()
    {
        var document = File.ReadAllText(ArchitectureDiagram.PathUnder(Repository.Root));

        Assert.That(ArchitectureDiagram.CheckedIn(document), Is.EqualTo(ArchitectureDiagram.Render(Repository.Graph)),
            "ARCHITECTURE.md's dependency diagram differs from the project files: run ./hub docs.");
    }

    [Test]
    public void Should_draw_every_reference_once()
    {
        var diagram = ArchitectureDiagram.Render(Repository.Graph);

        Assert.That(diagram, Does.Contain("Gateway --> Charter"));
        Assert.That(diagram, Does.Contain("Bench -. builds .-> Host"));
        Assert.That(diagram.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains(".->", StringComparison.Ordinal)),
            Is.EqualTo(Repository.Graph.References.Count));
    }
}
