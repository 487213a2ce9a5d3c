using Ccapex.Hub.Partners.Caf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>The extract file adapter: loaded at start, reloaded on change, the last good extract kept when a new one is faulty.</summary>
public sealed class When_the_extract_file_changes
{
    private string _folder = string.Empty;

    private string ExtractPath => Path.Combine(_folder, "allocataires.csv");

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("ccapex-caf-extract-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private FileAllocataireRegistry Registry() =>
        new(Options.Create(new CafOptions { ExtractFile = ExtractPath }), NullLogger<FileAllocataireRegistry>.Instance);

    [Test]
    public async Task Should_use_the_new_extract_once_it_is_written()
    {
        await File.WriteAllBytesAsync(ExtractPath, Extracts.Utf8("7500001;Martin;Paul;75018;ouverts;0"));
        var registry = Registry();
        await registry.StartAsync(CancellationToken.None);
        var line = Listings.Line(number: "7500001");
        var before = await registry.FindAsync(line, CancellationToken.None);

        await File.WriteAllBytesAsync(ExtractPath, Extracts.Utf8("7500001;Martin;Paul;75018;suspendus;0", "7500002;Petit;Anne;75018;ouverts;1"));

        Assert.Multiple(async () =>
        {
            Assert.That(before?.Status, Is.EqualTo(BenefitRightsStatus.AlreadyOpen));
            Assert.That((await registry.FindAsync(line, CancellationToken.None))?.Status, Is.EqualTo(BenefitRightsStatus.Suspended));
        });
    }

    [Test]
    public async Task Should_keep_the_last_good_extract_when_the_new_one_is_faulty()
    {
        await File.WriteAllBytesAsync(ExtractPath, Extracts.Utf8("7500001;Martin;Paul;75018;ouverts;0"));
        var registry = Registry();
        await registry.StartAsync(CancellationToken.None);

        await File.WriteAllBytesAsync(ExtractPath, Extracts.Utf8("7500001;Martin;Paul;75018;inconnu;0", "7500002;Petit;Anne;75018;ouverts;1"));
        var rights = await registry.FindAsync(Listings.Line(number: "7500001"), CancellationToken.None);

        Assert.That(rights?.Status, Is.EqualTo(BenefitRightsStatus.AlreadyOpen));
    }

    [Test]
    public async Task Should_refuse_to_start_without_a_usable_extract_naming_the_line_and_field()
    {
        await File.WriteAllBytesAsync(ExtractPath, Extracts.Utf8("7500001;Martin;Paul;75018;ouverts;x"));

        var refused = Assert.ThrowsAsync<PartnerStartException>(() => Registry().StartAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("Caf:ExtractFile").And.Contain("line 2, field enfants_a_charge").And.Contain(ExtractErrorCodes.IntegerInvalid));
    }

    [Test]
    public void Should_refuse_to_start_when_the_file_is_missing()
    {
        var refused = Assert.ThrowsAsync<PartnerStartException>(() => Registry().StartAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain(ExtractErrorCodes.FileMissing));
    }
}
