using Ccapex.Hub.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host.Tests;

/// <summary>
/// The hub script exports CCAPEX_POSTGRES whenever the database is up, store or not: the default SQLite
/// store must not take it for its own connection string (it did, and the host failed at start).
/// </summary>
public sealed class When_choosing_the_store
{
    private const string Postgres = "Host=db.example;Username=ccapex;Password=not-the-default;Database=ccapex";

    private static HubStoreOptions Resolve(string provider)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "ccapex-hub-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Hub:RabbitMq:Uri"] = "amqp://guest:guest@127.0.0.1:5672/",
            ["Hub:DataDirectory"] = dataDirectory,
            ["Hub:Store:Provider"] = provider,
            [HubEnvironment.PostgresConnectionStringKey] = Postgres,
        };
        using var host = HubHostBuilder.Create([], builder => builder.Configuration.AddInMemoryCollection(settings)).Build();
        try
        {
            return host.Services.GetRequiredService<IOptions<HubStoreOptions>>().Value;
        }
        finally
        {
            // Resolving the options creates the data directory; the host never starts, so nothing is in it.
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    [Test]
    public void Should_keep_sqlite_in_the_data_directory_when_CCAPEX_POSTGRES_is_set()
    {
        var store = Resolve("Sqlite");

        Assert.Multiple(() =>
        {
            Assert.That(store.Provider, Is.EqualTo(StoreProvider.Sqlite));
            Assert.That(store.ConnectionString, Is.Null.Or.Empty);
        });
    }

    [Test]
    public void Should_connect_a_postgres_store_with_CCAPEX_POSTGRES() =>
        Assert.That(Resolve("Postgres").ConnectionString, Is.EqualTo(Postgres));
}
