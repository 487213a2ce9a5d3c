using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// The store's transaction as it is handed to code outside this project (a saga's companion rows, the routing's own
/// tables): statements run in it, on SQL common to both databases, and commit or fail with the rest of the write.
/// Handed for reads too, without a transaction (<see cref="HubStore.ReadAsync{T}"/>).
/// </summary>
public sealed class StoreTransaction
{
    private readonly SqlDialect _dialect;
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;

    internal StoreTransaction(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, DateTimeOffset now)
    {
        _dialect = dialect;
        _connection = connection;
        _transaction = transaction;
        Now = now;
    }

    public StoreProvider Provider => _dialect.Provider;

    /// <summary>The store's clock when the write began: one instant for every row of the write.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        _dialect.ExecuteAsync(_connection, _transaction, sql, cancellationToken, parameters);

    /// <summary>The first column of the first row, or null.</summary>
    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        _dialect.ScalarAsync(_connection, _transaction, sql, cancellationToken, parameters);

    /// <summary>Every row of a query, each read by <paramref name="read"/>.</summary>
    public async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        var command = _dialect.Command(_connection, _transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                List<T> rows = [];
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }

                return rows;
            }
        }
    }

    /// <summary>A uuid column's value as either database returns it (PostgreSQL a Guid, SQLite its text).</summary>
    public static Guid ToGuid(object value) => value switch
    {
        Guid id => id,
        string text => Guid.Parse(text),
        _ => throw new InvalidOperationException($"Unexpected uuid value {value?.GetType().Name ?? "null"}."),
    };
}
