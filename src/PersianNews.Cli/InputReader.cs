using System.Text;

namespace PersianNews.Cli;

/// <summary>One input text: where it came from and its content, or why it could not be read.</summary>
public sealed record InputText(string Source, string? Text, string? Error);

/// <summary>One line of a JSONL input: where it came from (<c>path:line</c>) and its text, or why it could not be read.</summary>
/// <param name="Source">The file path ("-" for standard input).</param>
/// <param name="LineNumber">1-based line number; 0 for an error about the whole file.</param>
/// <param name="Line">The line, or <see langword="null"/> with <paramref name="Error"/>.</param>
/// <param name="Error">Why the file could not be read further.</param>
public sealed record JsonLine(string Source, int LineNumber, string? Line, string? Error)
{
    /// <summary>"path:line", as error messages name a line.</summary>
    public string Location => LineNumber > 0 ? $"{Source}:{LineNumber}" : Source;
}

/// <summary>Reads the CLI's inputs: files, directories (recursive *.txt) and "-" for standard input, as strict UTF-8.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The files a directory argument stands for: <paramref name="pattern"/> matched recursively, sorted ordinally so the
    /// output order does not depend on the file system. Only the paths are listed; no file is opened.
    /// </summary>
    public static string[] ListDirectory(string path, string pattern)
    {
        string[] files = Directory.GetFiles(path, pattern, SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Streams the lines of a JSONL file ("-" = <paramref name="stdin"/>) one at a time, so a file of any size is read in
    /// constant memory (the longest line is the largest buffer). Blank lines are skipped. Each line of a file is decoded
    /// as strict UTF-8 on its own: a line that is not valid UTF-8 becomes an error item and the next lines are still
    /// read. A file that cannot be opened yields one error item.
    /// </summary>
    public static IEnumerable<JsonLine> ReadJsonLines(string path, TextReader stdin)
    {
        if (path == "-")
        {
            for (int number = 1; stdin.ReadLine() is { } line; number++)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return new JsonLine(path, number, line, null);
                }
            }

            yield break;
        }

        Stream? stream = null;
        string? openError = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            openError = "no such file";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            openError = "cannot read: " + ex.Message;
        }

        if (stream is null)
        {
            yield return new JsonLine(path, 0, null, openError);
            yield break;
        }

        using (stream)
        {
            var reader = new Utf8LineReader(stream);
            for (int number = 1; ; number++)
            {
                string? line;
                string? error = null;
                bool more;
                try
                {
                    more = reader.ReadLine(out line);
                }
                catch (IOException ex)
                {
                    (more, line, error) = (false, null, "cannot read: " + ex.Message);
                }

                if (error is not null)
                {
                    yield return new JsonLine(path, number, null, error);
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                if (line is null)
                {
                    yield return new JsonLine(path, number, null, "not valid UTF-8");
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return new JsonLine(path, number, number == 1 && line.StartsWith('\uFEFF') ? line[1..] : line, null);
                }
            }
        }
    }

    /// <summary>Splits a stream into lines of bytes and decodes each as strict UTF-8 (LF or CRLF line ends).</summary>
    private sealed class Utf8LineReader(Stream stream)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private bool _eof;

        /// <summary>Reads the next line; <paramref name="line"/> is <see langword="null"/> when it is not valid UTF-8.
        /// Returns false at the end of the stream.</summary>
        public bool ReadLine(out string? line)
        {
            while (true)
            {
                int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = Decode(_buffer.AsSpan(_start, newline));
                    _start += newline + 1;
                    return true;
                }

                if (_eof)
                {
                    if (_end > _start)
                    {
                        line = Decode(_buffer.AsSpan(_start, _end - _start));
                        _start = _end;
                        return true;
                    }

                    line = null;
                    return false;
                }

                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }

                if (_end == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                int read = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    _eof = true;
                }

                _end += read;
            }
        }

        private static string? Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }

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
                    files = ListDirectory(path, "*.txt");
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
