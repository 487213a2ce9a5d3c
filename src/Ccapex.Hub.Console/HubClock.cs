namespace Ccapex.Hub.Console;

/// <summary>
/// The hub's date, which decides what is overdue and what "this week" is: the demonstration's compressed clock under
/// `./hub up`, real time otherwise. Sessions, lockouts and the record of opened dossiers keep the real clock
/// (<see cref="TimeProvider"/> in the container): a compressed clock would end every session at once.
/// </summary>
public sealed class HubClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}
