using System.Net;

namespace Ccapex.Hub.Webhooks;

/// <summary>The receiver's answer to one attempt: its status and, when it refused, a sanitised excerpt of its body (<see cref="PartnerAnswer"/>).</summary>
internal sealed record AttemptResult(int Status, string Excerpt)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>Worth another attempt: the receiver is down, overloaded or slow (5xx, 408, 429).</summary>
    public bool IsTransient => Status >= 500 || Status == (int)HttpStatusCode.RequestTimeout || Status == (int)HttpStatusCode.TooManyRequests;

    /// <summary>Refused for good (any other 3xx/4xx): retrying the same body would be refused again.</summary>
    public bool IsPermanent => !Succeeded && !IsTransient;

    /// <summary>The status alone, as logged: the excerpt goes only to the parked message's reason.</summary>
    public string Describe() => $"HTTP {Status}";
}
