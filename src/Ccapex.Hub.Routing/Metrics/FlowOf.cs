using System.Reflection;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>The charter flow of a message type (its <see cref="CharterFlowAttribute"/>), "none" for the hub's own messages; read once per type.</summary>
internal static class FlowOf<T>
{
    public static readonly string Flow = typeof(T).GetCustomAttribute<CharterFlowAttribute>()?.Flow ?? "none";
}
