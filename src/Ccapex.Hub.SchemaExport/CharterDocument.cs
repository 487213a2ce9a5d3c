using Ccapex.Hub.Charter;

namespace Ccapex.Hub.SchemaExport;

/// <summary>Writes docs/charter-routing.md from the charter rules the hub embeds.</summary>
public static class CharterDocument
{
    public static string PathUnder(string repositoryRoot) => Path.Combine(repositoryRoot, "docs", "charter-routing.md");

    public static string Render() => CharterRulesDocument.Render(CharterRulesLoader.LoadEmbedded());

    public static void Write(string repositoryRoot) => File.WriteAllText(PathUnder(repositoryRoot), Render());
}
