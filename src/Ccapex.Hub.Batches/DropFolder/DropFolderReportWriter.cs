using System.Globalization;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>
/// Writes a file's reports, each to a temporary name first and then renamed: a reader (or a crash) never sees
/// half a report. The JSON report is for programs, the text one for the person at the office.
/// </summary>
internal static class DropFolderReportWriter
{
    private static readonly JsonSerializerOptions Json = new(ContractJson.Options) { WriteIndented = true };

    public static async Task WriteAsync(string folder, string fileName, DropFolderReport report, CancellationToken cancellationToken)
    {
        await WriteAtomicAsync(Path.Combine(folder, fileName + ".report.json"), JsonSerializer.Serialize(report, Json), cancellationToken).ConfigureAwait(false);
        await WriteAtomicAsync(Path.Combine(folder, fileName + ".report.txt"), Text(report), cancellationToken).ConfigureAwait(false);
    }

    public static string Text(DropFolderReport report)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"File {report.File} ({report.Encoding}), processed {report.ProcessedAt:yyyy-MM-dd HH:mm:ss} UTC: {report.Status.ToUpperInvariant()}.");
        if (report.FileErrors.Count > 0)
        {
            text.AppendLine("The file was refused whole; no line was sent:");
            foreach (var error in report.FileErrors)
            {
                text.AppendLine(culture, $"  {error.Field}: {error.Code}: {error.Message}");
            }

            return text.ToString();
        }

        text.AppendLine(culture, $"{report.Lines} line(s): {report.Sent} sent to the hub, {report.Refused} refused.");
        if (report.Refused > 0)
        {
            text.AppendLine(report.Note);
        }

        text.AppendLine();
        foreach (var line in report.Results)
        {
            text.AppendLine(culture, $"line {line.Line}  {line.ActReference ?? "(no act reference)"}  {line.Status}{Sent(line)}");
            foreach (var error in line.Errors)
            {
                text.AppendLine(culture, $"    {error.Field}: {error.Code}: {error.Message}");
            }
        }

        return text.ToString();
    }

    private static string Sent(CdpLineOutcome line) => line.MessageId is { } id && line.Sent ? $"  message {id}" : string.Empty;

    private static async Task WriteAtomicAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
