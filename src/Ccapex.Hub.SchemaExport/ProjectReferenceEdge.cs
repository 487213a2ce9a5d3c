namespace Ccapex.Hub.SchemaExport;

/// <summary>One ProjectReference of a project file, by project name.</summary>
public sealed record ProjectReferenceEdge(string From, string To, ProjectReferenceKind Kind);
