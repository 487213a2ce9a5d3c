using System.Text;

namespace Ccapex.Hub.SchemaExport;

/// <summary>Writes every message's schema file into a folder and deletes the schema files no message has any more.</summary>
public static class SchemaFiles
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Deleted) Export(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var schemas = ContractSchemaGenerator.RenderAll();
        foreach (var (fileName, text) in schemas)
        {
            File.WriteAllText(Path.Combine(outputDirectory, fileName), text, Utf8WithoutBom);
        }

        var stale = Directory.GetFiles(outputDirectory, "*" + ContractSchemaGenerator.FileSuffix)
            .Where(path => !schemas.ContainsKey(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        foreach (var path in stale)
        {
            File.Delete(path);
        }

        return (schemas.Keys.Order(StringComparer.Ordinal).ToArray(), stale);
    }
}
