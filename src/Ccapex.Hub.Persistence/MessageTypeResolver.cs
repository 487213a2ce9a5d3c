using System.Collections.Concurrent;
using System.Reflection;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Finds the CLR type an outbox row names (its full name), first in the configured assemblies. Used only for rows
/// written before rows kept their envelope (<see cref="OutboxRow.Envelope"/> null): once none is left unsent, it goes.
/// </summary>
internal sealed class MessageTypeResolver
{
    private readonly Assembly[] _preferred;
    private readonly ConcurrentDictionary<string, Type> _found = new(StringComparer.Ordinal);

    public MessageTypeResolver(IEnumerable<Assembly> preferred)
    {
        _preferred = [.. preferred];
    }

    // Only hits are cached: a type not found now may be in an assembly loaded later.
    public Type Resolve(string typeName)
    {
        if (_found.TryGetValue(typeName, out var known))
        {
            return known;
        }

        var type = _preferred.Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null)
            ?? Type.GetType(typeName)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"Outbox message type '{typeName}' was not found in the loaded assemblies.");
        return _found.GetOrAdd(typeName, type);
    }
}
