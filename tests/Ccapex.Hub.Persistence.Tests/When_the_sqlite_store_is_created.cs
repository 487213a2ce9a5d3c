using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>Issue 10, item 9: the store holds households' personal data; its folder and files are its owner's alone.</summary>
[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class When_the_sqlite_store_is_created
{
    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Test]
    public void Should_create_its_folder_and_file_for_its_owner_only()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ccapex-owner-only", Guid.NewGuid().ToString("N"), "data");
        try
        {
            var options = new HubStoreOptions { Provider = StoreProvider.Sqlite, DataDirectory = directory };

            _ = new SqliteDialect(options);

            var file = Path.Combine(directory, HubStoreOptions.DefaultSqliteFileName);
            Assert.Multiple(() =>
            {
                Assert.That(File.GetUnixFileMode(directory) & OthersAndGroup, Is.EqualTo(UnixFileMode.None), directory);
                Assert.That(File.Exists(file), Is.True);
                Assert.That(File.GetUnixFileMode(file) & OthersAndGroup, Is.EqualTo(UnixFileMode.None), file);
            });
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }
}
