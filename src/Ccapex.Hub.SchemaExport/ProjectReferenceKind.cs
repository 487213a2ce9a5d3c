namespace Ccapex.Hub.SchemaExport;

/// <summary>How one project refers to another.</summary>
public enum ProjectReferenceKind
{
    /// <summary>A compile reference: the code may use the other project's types.</summary>
    Compile,

    /// <summary>ReferenceOutputAssembly="false": only builds it first (a tool that runs the other as a process).</summary>
    BuildOnly,
}
