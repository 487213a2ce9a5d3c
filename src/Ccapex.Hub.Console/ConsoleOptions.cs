namespace Ccapex.Hub.Console;

/// <summary>The console's settings, section <c>Console</c> (CCAPEX_* variables win, see <see cref="ConsoleEnvironment"/>).</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Loopback by default: the console holds households' personal data and is put behind a TLS proxy to go further.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port (the tests).</summary>
    public int Port { get; set; } = 8087;

    /// <summary>The hub's data folder, where the SQLite store is when no connection string is given.</summary>
    public string DataDirectory { get; set; } = ".hub/data";

    /// <summary>A session ends after this long without a request.</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A session ends this long after sign-in, however active.</summary>
    public TimeSpan SessionMaximum { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Failed sign-ins in a row after which the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    public Store.ConsoleStoreOptions Store { get; set; } = new();
}
