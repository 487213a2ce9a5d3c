namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>Events read together (one file): each line already a contract message, or the reason it is not.</summary>
public sealed record PrefectureEventBatch(string Name, IReadOnlyList<PrefectureEventLine> Lines);
