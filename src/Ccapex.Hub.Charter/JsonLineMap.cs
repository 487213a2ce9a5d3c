using System.Text;
using System.Text.Json;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Maps each JSON path of a document (e.g. "flows[3].recipients[0].partner") to the line it starts on,
/// so a rules error names the line a person has to fix.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public JsonLineMap(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<string>();
        var arrayIndex = new Stack<int>();
        var line = 1;
        var scanned = 0;
        string? pendingProperty = null;

        while (reader.Read())
        {
            for (var i = scanned; i < (int)reader.TokenStartIndex; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
            }

            scanned = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    _lines.TryAdd(Join(path, pendingProperty!), line);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        arrayIndex.Pop();
                    }

                    if (path.Count > 0)
                    {
                        path.Pop();
                    }

                    continue;
            }

            var segment = ValueSegment(ref pendingProperty, arrayIndex);
            if (segment is not null)
            {
                _lines.TryAdd(Join(path, segment), line);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push(segment ?? string.Empty);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    arrayIndex.Push(0);
                }
            }
        }
    }

    /// <summary>The line of a path, or of its nearest known parent.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return 1;
            }

            path = path[..cut];
        }
    }

    private static string? ValueSegment(ref string? pendingProperty, Stack<int> arrayIndex)
    {
        if (pendingProperty is not null)
        {
            var name = pendingProperty;
            pendingProperty = null;
            return name;
        }

        if (arrayIndex.Count > 0)
        {
            var index = arrayIndex.Pop();
            arrayIndex.Push(index + 1);
            return $"[{index}]";
        }

        return null;
    }

    private static string Join(Stack<string> path, string segment)
    {
        var parts = path.Reverse().Where(p => p.Length > 0).Append(segment);
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (builder.Length > 0 && !part.StartsWith('['))
            {
                builder.Append('.');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
