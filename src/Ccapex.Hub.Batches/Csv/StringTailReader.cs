namespace Ccapex.Hub.Batches.Csv;

/// <summary>The text from a position on, so Sep can start again after a broken record without a copy of the rest of the file.</summary>
internal sealed class StringTailReader(string text, int position) : TextReader
{
    private int _position = position;

    public override int Peek() => _position < text.Length ? text[_position] : -1;

    public override int Read() => _position < text.Length ? text[_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, text.Length - _position);
        text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
}
