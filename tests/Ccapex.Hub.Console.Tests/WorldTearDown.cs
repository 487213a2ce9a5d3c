namespace Ccapex.Hub.Console.Tests;

/// <summary>Stops the worlds (hub, console, broker virtual host, store) once every fixture has run.</summary>
[SetUpFixture]
public sealed class WorldTearDown
{
    [OneTimeTearDown]
    public Task StopWorlds() => ConsoleWorld.DisposeAllAsync();
}
