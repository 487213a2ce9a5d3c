namespace Ccapex.Hub.Webhooks;

/// <summary>
/// Why a message was parked, as an operator reads it in the parked queue's headers. <see cref="Reason"/> is the
/// worker's own words (logged); <see cref="PartnerAnswer"/>, the sanitised start of the receiver's refusal, goes
/// only into the header, beside the message body it may echo.
/// </summary>
internal sealed record ParkingReason(string Reason, int? LastStatus, int Attempts, DateTimeOffset? FirstFailure, DateTimeOffset? LastFailure, string? PartnerAnswer = null)
{
    /// <summary>The ccapex-parked-reason header: the reason, then the receiver's answer when there was one.</summary>
    public string HeaderText => string.IsNullOrEmpty(PartnerAnswer) ? Reason : $"{Reason}: {PartnerAnswer}";
}
