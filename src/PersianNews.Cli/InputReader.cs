using System.Text;

namespace PersianNews.Cli;

/// <summary>One input text: where it came from and its content, or why it could not be read.</summary>
public sealed record InputText(string Source, string? Text, string? Error);

/// <summary>Reads the CLI's inputs: files, directories (recursive *.txt) and "-" for standard input, as strict UTF-8.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Expands the arguments into inputs in order; a directory becomes its *.txt files, sorted ordinally.</summary>
    public static IEnumerable<InputText> Read(IEnumerable<string> paths, TextReader stdin)
    {
        foreach (string path in paths)
        {
            if (path == "-")
            {
                yield return new InputText("-", stdin.ReadToEnd(), null);
                continue;
            }

            if (Directory.Exists(path))
            {
                string[] files;
                string? error = null;
                try
                {
                    files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
                    Array.Sort(files, StringComparer.Ordinal);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    files = [];
                    error = "cannot list directory: " + ex.Message;
                }

                if (error is null && files.Length == 0)
                {
                    error = "directory holds no *.txt file";
                }

                if (error is not null)
                {
                    yield return new InputText(path, null, error);
                }

                foreach (string f in files)
                {
                    yield return ReadFile(f);
                }

                continue;
            }

            yield return ReadFile(path);
        }
    }

    /// <summary>Reads one file as UTF-8 (a BOM is skipped); never throws.</summary>
    public static InputText ReadFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return new InputText(path, null, "no such file");
            }

            byte[] bytes = File.ReadAllBytes(path);
            return Decode(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new InputText(path, null, "cannot read: " + ex.Message);
        }
    }

    /// <summary>Decodes bytes as strict UTF-8; invalid bytes and binary content (NUL bytes) are reported, never guessed.</summary>
    public static InputText Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new InputText(source, null, $"binary file (NUL byte at offset {nul}), not UTF-8 text");
        }

        try
        {
            return new InputText(source, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputText(source, null, $"not valid UTF-8 (invalid byte at offset {ex.Index})");
        }
    }
}
