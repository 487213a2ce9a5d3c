namespace Ccapex.Hub.Persistence;

/// <summary>
/// One row of a saga's collection kept out of its body (a listing's line, say): <paramref name="Key"/> is
/// unique within <paramref name="Group"/>, and <paramref name="Body"/> is the item's JSON.
/// </summary>
public sealed record SagaItem(Guid Group, Guid Key, string Body);
