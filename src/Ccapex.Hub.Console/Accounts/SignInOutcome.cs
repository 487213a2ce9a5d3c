namespace Ccapex.Hub.Console.Accounts;

/// <summary>What a sign-in attempt gave: the account, or nothing (one answer for every refusal, so a login's existence is not told).</summary>
public sealed record SignInOutcome(ConsoleUser? User)
{
    public static SignInOutcome Refused { get; } = new((ConsoleUser?)null);

    public bool Succeeded => User is not null;
}
