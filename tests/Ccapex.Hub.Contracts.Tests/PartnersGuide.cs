using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>docs/partners.md and its examples: each is a ```json block right after an <c>&lt;!-- example: TypeName --&gt;</c> marker.</summary>
internal static partial class PartnersGuide
{
    public static string FilePath { get; } = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "docs", "partners.md");

    public static IReadOnlyList<(string MessageType, string Json)> Examples()
    {
        var text = File.ReadAllText(FilePath);
        return [.. ExampleBlock().Matches(text).Select(m => (m.Groups["type"].Value, m.Groups["json"].Value))];
    }

    public static Type ContractType(string name) =>
        typeof(IPartnerMessage).Assembly.GetType($"{typeof(IPartnerMessage).Namespace}.{name}")
        ?? throw new AssertionException($"docs/partners.md has an example of {name}, which is no contract.");

    public static JsonNode Parse(string json) => JsonNode.Parse(json) ?? throw new AssertionException("An example is JSON null.");

    [GeneratedRegex(@"<!-- example: (?<type>\w+) -->\s*```json\s*\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
