using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.SchemaExport;

/// <summary>
/// Produces the JSON Schema (draft 2020-12) of every top-level hub message from its C# type, with
/// <see cref="JsonSchemaExporter"/> and <see cref="ContractJson.Options"/>, so that the schemas say
/// exactly what the hub's serializer reads and writes.
/// </summary>
public static class ContractSchemaGenerator
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Base of every schema's <c>$id</c>; the id ends with the schema's file name.</summary>
    public const string IdBase = "https://ccapex-hub.example/schemas/";

    public const string FileSuffix = ".schema.json";

    /// <summary>The command that regenerates contracts/schemas/ from the types, run from the repository root.</summary>
    public const string ExportCommand = "dotnet run --project src/Ccapex.Hub.SchemaExport";

    private static readonly JsonSerializerOptions WriterOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Every top-level message of the contracts, by name: the records carrying <see cref="CharterFlowAttribute"/>,
    /// and the hub's own messages and receipts, known by the <c>MessageId</c> every message carries.
    /// Nested records (Household, PersonName, ...) are inlined in the schemas of the messages that hold them.
    /// </summary>
    public static IReadOnlyList<Type> MessageTypes { get; } =
        typeof(ContractJson).Assembly.GetExportedTypes()
            .Where(IsMessage)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToArray();

    public static string FileName(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return messageType.Name + FileSuffix;
    }

    public static Uri SchemaId(Type messageType) => new(IdBase + FileName(messageType));

    /// <summary>The schema of one message type, as a JSON document.</summary>
    public static JsonObject Generate(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        var exporterOptions = new JsonSchemaExporterOptions { TransformSchemaNode = ContractSchemaTransform.Apply };
        var schema = (JsonObject)ContractJson.Options.GetJsonSchemaAsNode(messageType, exporterOptions);
        schema["type"] = "object";
        schema.Insert(0, "$schema", Dialect);
        schema.Insert(1, "$id", SchemaId(messageType).ToString());
        schema.Insert(2, "title", messageType.Name);
        schema.Insert(3, "description", Describe(messageType));
        return schema;
    }

    /// <summary>The schema file's text: indented by two spaces, LF line ends, a final newline.</summary>
    public static string Render(Type messageType) => Generate(messageType).ToJsonString(WriterOptions) + "\n";

    /// <summary>Every schema file, by file name.</summary>
    public static IReadOnlyDictionary<string, string> RenderAll() =>
        MessageTypes.ToDictionary(FileName, Render, StringComparer.Ordinal);

    private static bool IsMessage(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && (type.GetCustomAttribute<CharterFlowAttribute>() is not null
            || type.GetProperty(nameof(IPartnerMessage.MessageId))?.PropertyType == typeof(Guid));

    private static string Describe(Type messageType)
    {
        var kind = messageType.GetProperty("InReplyTo") is null ? "message" : "receipt";
        var what = $"{kind} {messageType.Name} of the CCAPEX hub, generated from the C# type {messageType.FullName}.";
        var charterFlow = messageType.GetCustomAttribute<CharterFlowAttribute>();
        if (charterFlow is null)
        {
            return char.ToUpperInvariant(what[0]) + what[1..];
        }

        var actions = charterFlow.Actions.Count switch
        {
            0 => string.Empty,
            1 => $" (charter action {charterFlow.Actions[0]})",
            _ => $" (charter actions {string.Join(", ", charterFlow.Actions)})",
        };
        return $"{charterFlow.Flow}{actions}: {what}";
    }
}
