namespace Ccapex.Hub.Time;

/// <summary>CCAPEX_DEMO_TIME_SCALE or CCAPEX_DEMO_EPOCH has a value no clock can be made of; the message names it.</summary>
public sealed class DemoTimeException : Exception
{
    public DemoTimeException()
    {
    }

    public DemoTimeException(string message)
        : base(message)
    {
    }

    public DemoTimeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
