using Ccapex.Hub.SchemaExport;

namespace Ccapex.Hub.Contracts.Tests;

public sealed class When_exporting_the_schemas_into_a_folder : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ccapex-schemas-" + Guid.NewGuid().ToString("N"));

    [Test]
    public void Should_write_one_file_per_message_and_delete_the_stale_ones_only()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "RetiredMessage.schema.json"), "{}");
        File.WriteAllText(Path.Combine(_folder, "README.md"), "Schemas of the hub.");

        var (written, deleted) = SchemaFiles.Export(_folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(written, Has.Count.EqualTo(ContractSchemaGenerator.MessageTypes.Count));
            Assert.That(deleted.Select(Path.GetFileName), Is.EqualTo((string[])["RetiredMessage.schema.json"]));
            Assert.That(
                Directory.GetFiles(_folder).Select(Path.GetFileName),
                Is.EquivalentTo(written.Append("README.md")));
            Assert.That(
                File.ReadAllText(Path.Combine(_folder, "SubmitCdpNotification.schema.json")),
                Is.EqualTo(ContractSchemaGenerator.Render(typeof(SubmitCdpNotification))));
        }
    }

    [Test]
    public void Should_end_every_file_with_a_single_newline_and_no_carriage_return()
    {
        var text = ContractSchemaGenerator.Render(typeof(SubmitCdpNotification));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.EndWith("}\n"));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.StartWith("{\n  \"$schema\""));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
