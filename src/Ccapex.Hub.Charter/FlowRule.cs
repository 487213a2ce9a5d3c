using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>One row of the charter's routing rules: a flow, its message, who may send it and who must receive it.</summary>
public sealed record FlowRule
{
    /// <summary>"F1" to "F15".</summary>
    public required string Flow { get; init; }

    public required IReadOnlyList<int> Actions { get; init; }

    public required string Title { get; init; }

    public required Type Message { get; init; }

    public required FlowOrigin Origin { get; init; }

    public required IReadOnlySet<PartnerCode> Senders { get; init; }

    public bool OpensDossier { get; init; }

    public required IReadOnlyList<RecipientRule> Recipients { get; init; }

    public AnswerPolicy? Answer { get; init; }

    /// <summary>Who may send which content of the message (F15's stages); null when the type alone decides.</summary>
    public ContentRule? Content { get; init; }

    /// <summary>F5: the DRIHL's criteria for a targeted intervention (<see cref="InterventionCriterion"/>); empty elsewhere.</summary>
    public IReadOnlyList<InterventionCriterion> Criteria { get; init; } = [];

    /// <summary>The rules speak of roles: a member sends what its role may (ADR 0014).</summary>
    public bool MaySend(PartnerCode sender) => Senders.Contains(sender.Role);

    /// <summary>Null when the sender may send this message's content (or the flow has no content rule).</summary>
    public ContentRefusal? CheckContent(IPartnerMessage message) => Content?.Check(message);
}
