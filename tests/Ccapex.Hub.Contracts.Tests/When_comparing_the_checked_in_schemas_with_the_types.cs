using System.Text;
using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Contracts.Tests;

public class When_comparing_the_checked_in_schemas_with_the_types
{
    [TestCaseSource(typeof(Cases), nameof(Cases.EveryMessageType))]
    public void Should_match_the_schema_generated_from_the_type_byte_for_byte(Type messageType)
    {
        var path = CheckedInSchemas.PathOf(messageType);
        Assume.That(File.Exists(path), Is.True, $"{path} is missing: run `{ContractSchemaGenerator.ExportCommand}`.");

        // Decoded without dropping a byte-order mark or touching line ends: equal text is equal bytes.
        var checkedIn = Encoding.UTF8.GetString(File.ReadAllBytes(path));

        Assert.That(
            checkedIn,
            Is.EqualTo(ContractSchemaGenerator.Render(messageType)),
            $"contracts/schemas/{Path.GetFileName(path)} drifted from {messageType.FullName}: run `{ContractSchemaGenerator.ExportCommand}` and commit the result.");
    }

    [Test]
    public void Should_have_one_file_per_message_and_no_other()
    {
        var checkedIn = Directory.GetFiles(CheckedInSchemas.Directory, "*" + ContractSchemaGenerator.FileSuffix).Select(Path.GetFileName);
        var expected = ContractSchemaGenerator.MessageTypes.Select(ContractSchemaGenerator.FileName);

        Assert.That(
            checkedIn,
            Is.EquivalentTo(expected),
            $"contracts/schemas/ has missing or stale files: run `{ContractSchemaGenerator.ExportCommand}`.");
    }
}
