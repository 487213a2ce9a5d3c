using System.Text;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Turns a batch file's bytes into text. Office software writes UTF-8 with a BOM (Excel's "CSV UTF-8"),
/// UTF-8 without one (LibreOffice, scripts) or Windows-1252 (Excel's plain "CSV" on a French Windows); nothing
/// in a CSV file says which, so: a BOM decides; else bytes that are valid UTF-8 are UTF-8; else Windows-1252.
/// </summary>
/// <remarks>
/// Text in Windows-1252 that happens to be valid UTF-8 is vanishingly rare for French (an accented letter
/// followed by the exact continuation bytes UTF-8 wants), so the order never misreads a real file.
/// </remarks>
internal static class CsvTextDecoder
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Windows1252 = "windows-1252";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes; on failure returns null text and the reason.</summary>
    public static (string? Text, string Encoding, string? Code, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], Utf8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], Utf16);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], Utf16);
        }

        var utf8 = Strict(StrictUtf8, bytes, Utf8);
        if (utf8.Text is not null)
        {
            return utf8;
        }

        // In the BCL since .NET Core 3.0; taken from the provider rather than registered process-wide.
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return Checked(windows1252.GetString(bytes), Windows1252);
    }

    private static (string? Text, string Encoding, string? Code, string? Error) Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Checked(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException invalid)
        {
            return (null, name, CsvErrorCodes.EncodingInvalid, $"The file is not valid {name} (byte {invalid.Index} cannot be read).");
        }
    }

    // A NUL character never occurs in a text export: the file is binary (a spreadsheet saved as .xlsx, a PDF...).
    private static (string? Text, string Encoding, string? Code, string? Error) Checked(string text, string name) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? (null, name, CsvErrorCodes.NotText, "The file is not text: save the spreadsheet as CSV (separator ';').")
            : (text, name, null, null);
}
