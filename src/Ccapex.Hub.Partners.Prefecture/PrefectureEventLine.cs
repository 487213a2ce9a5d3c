using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>One event: the message to send (ReportDaloCfpRisk or ProcedureStageReached), or a stable code and message.</summary>
public sealed record PrefectureEventLine
{
    /// <summary>1-based line number in the file.</summary>
    public required int Line { get; init; }

    public IPartnerMessage? Message { get; init; }

    public string? Code { get; init; }

    public string? Error { get; init; }

    public static PrefectureEventLine Refused(int line, string code, string error) => new() { Line = line, Code = code, Error = error };
}
