namespace Ccapex.Hub.Webhooks;

/// <summary>Why a message was parked, as an operator reads it in the parked queue's headers.</summary>
internal sealed record ParkingReason(string Reason, int? LastStatus, int Attempts, DateTimeOffset? FirstFailure, DateTimeOffset? LastFailure);
