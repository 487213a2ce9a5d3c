using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// The start of a receiver's refusal, in a form safe to keep in the parked message's reason and print on an
/// operator's terminal: at most <see cref="MaxLength"/> characters, control and format characters (ANSI escapes,
/// line breaks, bidirectional overrides) turned into spaces, runs of spaces collapsed.
/// </summary>
/// <remarks>It is never logged: a partner may echo personal data of the household back in its answer.</remarks>
internal static class PartnerAnswer
{
    public const int MaxLength = 200;

    /// <summary>How much of the answer is read at all: a huge error page is not worth the memory.</summary>
    public const int MaxBytesRead = 4096;

    /// <summary>The sanitised excerpt of the answer's first bytes ("" when it has no text).</summary>
    public static async Task<string> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxBytesRead];
            var read = 0;
            int got;
            while (read < buffer.Length && (got = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += got;
            }

            return Sanitise(Encoding.UTF8.GetString(buffer, 0, read));
        }
    }

    public static string Sanitise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var cut = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
            if (space && (safe.Length == 0 || safe[^1] == ' '))
            {
                continue;
            }

            if (safe.Length == MaxLength)
            {
                cut = true;
                break;
            }

            safe.Append(space ? ' ' : c);
        }

        return safe.ToString().TrimEnd() + (cut ? "…" : string.Empty);
    }
}
