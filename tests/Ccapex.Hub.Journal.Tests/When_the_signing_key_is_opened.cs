namespace Ccapex.Hub.Journal.Tests;

/// <summary>The checkpoints' key: made owner-only on first use, refused when others can read it, never made by a verifier.</summary>
[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class When_the_signing_key_is_opened
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ccapex-journal-keys", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void Should_create_it_readable_by_the_owner_only_and_open_it_again()
    {
        var path = Path.Combine(_folder, "nested", "key.pem");

        using var created = JournalSigningKey.OpenOrCreate(path);
        using var opened = JournalSigningKey.OpenOrCreate(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(path)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(opened.KeyId, Is.EqualTo(created.KeyId));
            Assert.That(opened.Verify("x"u8, created.Sign("x"u8)), Is.True);
        }
    }

    [Test]
    public void Should_refuse_a_key_other_accounts_can_read()
    {
        var path = Path.Combine(_folder, "key.pem");
        JournalSigningKey.OpenOrCreate(path).Dispose();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var refused = Assert.Throws<JournalKeyException>(() => JournalSigningKey.OpenOrCreate(path));

        Assert.That(refused?.Code, Is.EqualTo(JournalKeyException.NotPrivate));
    }

    [Test]
    public void Should_not_create_a_key_to_verify_with()
    {
        var refused = Assert.Throws<JournalKeyException>(() => JournalSigningKey.Open(Path.Combine(_folder, "none.pem")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused?.Code, Is.EqualTo(JournalKeyException.Missing));
            Assert.That(Directory.Exists(_folder), Is.False);
        }
    }
}
