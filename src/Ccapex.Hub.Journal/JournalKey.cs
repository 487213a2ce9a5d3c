using Ccapex.Hub.Persistence;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Journal;

/// <summary>The hub's signing key, opened (or created) once, where <see cref="JournalOptions.KeyFileFor"/> says.</summary>
public sealed class JournalKey(IOptions<JournalOptions> journal, IOptions<HubStoreOptions> store) : IDisposable
{
    private readonly Lazy<JournalSigningKey> _key = new(() =>
        JournalSigningKey.OpenOrCreate(journal.Value.KeyFileFor(store.Value.DataDirectory)));

    public string Path => journal.Value.KeyFileFor(store.Value.DataDirectory);

    public JournalSigningKey Value => _key.Value;

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }
}
